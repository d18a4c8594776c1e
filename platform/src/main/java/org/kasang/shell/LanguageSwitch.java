package org.kasang.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.kasang.security.AccountService;

import java.util.List;
import java.util.Locale;

/** English / ភាសាខ្មែរ, remembered on the user's account. */
public class LanguageSwitch extends Select<Locale> {

    public static final Locale KHMER = Locale.forLanguageTag("km");

    public LanguageSwitch(AccountService accounts) {
        setItems(List.of(Locale.ENGLISH, KHMER));
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("language.label"));
        addClassName("kasang-language");
        setValue(UI.getCurrent().getLocale().getLanguage().equals("km") ? KHMER : Locale.ENGLISH);
        addValueChangeListener(event -> {
            accounts.changeLocale(event.getValue());
            VaadinSession.getCurrent().setLocale(event.getValue());
            UI.getCurrent().setLocale(event.getValue());
            UI.getCurrent().getPage().reload();
        });
    }
}
