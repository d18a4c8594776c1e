package org.kasang.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.kasang.security.AccountService;
import org.kasang.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Each new page starts in the language the signed-in user chose last time. */
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
            if (currentUser.find().isPresent()) {
                var locale = accounts.preferredLocale();
                VaadinSession.getCurrent().setLocale(locale);
                init.getUI().setLocale(locale);
            }
        });
    }
}
