package org.kasang.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.kasang.security.AccountService;
import org.kasang.security.CurrentUser;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.security.ui.LanguageSwitch;

/** The frame around every signed-in page: title, navigation by role, language, sign out. */
@Layout
@StyleSheet("context://styles/kasang.css")
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, AccountService accounts) {
        setPrimarySection(Section.NAVBAR);
        SignedInUser user = currentUser.require();

        Span title = new Span(getTranslation("app.name"));
        title.addClassName("kasang-title");
        Span name = new Span(user.displayName());
        name.addClassName("kasang-user");
        Button signOut = new Button(getTranslation("shell.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(new LanguageSwitch(accounts, currentUser), name, signOut);
        actions.addClassName("kasang-navbar-actions");
        addToNavbar(new DrawerToggle(), title, actions);
        addToDrawer(navigation(user));
    }

    /** Lesson to lesson reuses the page: start each one at its top, not where the last one ended. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("const c = this.shadowRoot && this.shadowRoot.querySelector('[content]'); if (c) c.scrollTop = 0;");
    }

    private SideNav navigation(SignedInUser user) {
        SideNav nav = new SideNav();
        if (user.has(Role.LEARNER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.my-learning"), "learn"));
            nav.addItem(new SideNavItem(getTranslation("nav.catalogue"), "learn/courses"));
        }
        if (user.has(Role.COACH)) {
            nav.addItem(new SideNavItem(getTranslation("nav.my-cbos"), "coach"));
            nav.addItem(new SideNavItem(getTranslation("nav.reviews"), "coach/reviews"));
            nav.addItem(new SideNavItem(getTranslation("nav.difficult-questions"), "coach/questions"));
            nav.addItem(new SideNavItem(getTranslation("nav.milestones"), "coach/milestones"));
        }
        if (user.has(Role.TRAINER) || user.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.courses"), "trainer/courses"));
        }
        if (user.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.cbo-registry"), "admin/cbos"));
            nav.addItem(new SideNavItem(getTranslation("nav.report"), "admin/report"));
            nav.addItem(new SideNavItem(getTranslation("nav.indicators"), "admin/indicators"));
            nav.addItem(new SideNavItem(getTranslation("nav.capacity"), "admin/capacity"));
            nav.addItem(new SideNavItem(getTranslation("nav.export-log"), "admin/exports"));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.search"), "search"));
        return nav;
    }
}
