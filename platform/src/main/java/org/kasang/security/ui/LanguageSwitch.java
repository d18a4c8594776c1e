package org.kasang.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.kasang.security.AccountService;
import org.kasang.security.CurrentUser;

import java.util.List;
import java.util.Locale;

/**
 * English / ភាសាខ្មែរ. Signed in, the choice is saved on the account; on the sign-in page it is kept in the
 * session and saved on the account at sign-in.
 */
public class LanguageSwitch extends Select<Locale> {

    public static final Locale KHMER = Locale.forLanguageTag("km");
    static final String CHOSEN = LanguageSwitch.class.getName() + ".chosen";

    public LanguageSwitch(AccountService accounts, CurrentUser currentUser) {
        setItems(List.of(Locale.ENGLISH, KHMER));
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("language.label"));
        addClassName("kasang-language");
        setValue(UI.getCurrent().getLocale().getLanguage().equals("km") ? KHMER : Locale.ENGLISH);
        addValueChangeListener(event -> {
            Locale locale = event.getValue();
            if (currentUser.find().isPresent()) {
                accounts.changeLocale(locale);
            } else {
                VaadinSession.getCurrent().setAttribute(CHOSEN, locale);
            }
            VaadinSession.getCurrent().setLocale(locale);
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().getPage().reload();
        });
    }
}
