package org.kasang.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.kasang.security.AccountService;
import org.kasang.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Locale;

/**
 * Each new page starts in the signed-in user's language; before sign-in, in the language chosen on the
 * sign-in page, else Khmer for a phone that asks for Khmer, else English.
 */
@Component
class UserLocale implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    UserLocale(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            Locale chosen = (Locale) session.getAttribute(LanguageSwitch.CHOSEN);
            Locale locale;
            if (currentUser.find().isPresent()) {
                if (chosen != null) {
                    accounts.changeLocale(chosen);
                    session.setAttribute(LanguageSwitch.CHOSEN, null);
                }
                locale = accounts.preferredLocale();
            } else {
                locale = chosen != null ? chosen : fromBrowser(VaadinRequest.getCurrent());
            }
            session.setLocale(locale);
            init.getUI().setLocale(locale);
            // Screen readers and font fallback read the page's language from <html lang>.
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        });
    }

    private static Locale fromBrowser(VaadinRequest request) {
        if (request == null) {
            return Locale.ENGLISH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (wanted.getLanguage().equals("km")) {
                return LanguageSwitch.KHMER;
            }
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
