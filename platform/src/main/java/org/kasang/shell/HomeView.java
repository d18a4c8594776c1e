package org.kasang.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kasang.security.CurrentUser;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;

/** "/" sends each person to their own home: staff to the registry, coaches to their CBOs, and so on. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(homeOf(currentUser.require()), QueryParameters.empty());
    }

    static String homeOf(SignedInUser user) {
        if (user.has(Role.ADMIN)) {
            return "admin/cbos";
        }
        if (user.has(Role.COACH)) {
            return "coach";
        }
        if (user.has(Role.TRAINER)) {
            return "trainer/courses";
        }
        return "learn";
    }
}
