package org.kasang.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.catalogue.ui.CoursesView;
import org.kasang.coaching.ui.CoachHomeView;
import org.kasang.learning.ui.MyLearningView;
import org.kasang.organisations.ui.CboRegistryView;
import org.kasang.security.AccountService;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.security.ui.LanguageSwitch;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Each role lands on its own home, sees its own menu, and cannot open another role's pages by URL. */
class NavigationUiTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void learner_home_and_menu() {
        SignedInUser learner = fixtures.learner(fixtures.cbo("Nav CBO"), "Nov Sothea");
        login(learner);
        navigate("");
        _get(MyLearningView.class);
        assertThat(menu()).containsExactly("My learning", "Find a course", "Search");

        assertDenied("admin/cbos", CboRegistryView.class);
        assertDenied("coach", CoachHomeView.class);
        assertDenied("trainer/courses", CoursesView.class);
    }

    @Test
    void coach_home_and_menu() {
        login(fixtures.coachOf(fixtures.cbo("Nav coach CBO")));
        navigate("");
        _get(CoachHomeView.class);
        assertThat(menu()).containsExactly("My CBOs", "Reviews", "Difficult questions", "Milestones to verify", "Search");
        assertDenied("admin/cbos", CboRegistryView.class);
        assertDenied("learn", MyLearningView.class);
    }

    @Test
    void trainer_home_and_menu() {
        login(fixtures.staff("Nav trainer", Role.TRAINER));
        navigate("");
        _get(CoursesView.class);
        assertThat(menu()).containsExactly("Courses", "Search");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Object>) _get(com.vaadin.flow.component.grid.Grid.class);
        assertThat(java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                .mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i).get(0)))
                .contains("Budget literacy: the commune budget cycle");
        assertDenied("coach", CoachHomeView.class);
    }

    @Test
    void admin_home_and_menu() {
        login(fixtures.staff("Nav admin", Role.ADMIN));
        navigate("");
        _get(CboRegistryView.class);
        assertThat(menu()).containsExactly("Courses", "CBO registry", "Indicator report", "Indicators", "Capacity areas", "Export log", "Search");
    }

    @Test
    void a_person_with_several_roles_sees_each_roles_pages() {
        login(fixtures.staff("Nav admin coach", Role.ADMIN, Role.COACH));
        navigate("");
        _get(CboRegistryView.class);
        assertThat(menu()).containsExactly("My CBOs", "Reviews", "Difficult questions", "Milestones to verify", "Courses", "CBO registry", "Indicator report", "Indicators", "Capacity areas", "Export log", "Search");
        navigate("coach");
        _get(CoachHomeView.class);
    }

    @Test
    void the_language_choice_is_remembered_on_the_account() {
        SignedInUser learner = fixtures.learner(fixtures.cbo("Nav lang CBO"), "Lang Chanthy");
        login(learner);
        navigate("learn");
        _get(LanguageSwitch.class).setValue(LanguageSwitch.KHMER);

        assertThat(accounts.preferredLocale().getLanguage()).isEqualTo("km");
        navigate("learn");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("km");
        assertThat(menu()).containsExactly(UI.getCurrent().getTranslation(Locale.forLanguageTag("km"), "nav.my-learning"),
                UI.getCurrent().getTranslation(Locale.forLanguageTag("km"), "nav.catalogue"),
                UI.getCurrent().getTranslation(Locale.forLanguageTag("km"), "nav.search"));
        assertThat(menu().get(0)).isNotEqualTo("My learning");
    }

    @Test
    void khmer_chosen_on_the_sign_in_page_stays_after_sign_in() {
        SignedInUser learner = fixtures.learner(fixtures.cbo("Nav login lang CBO"), "Pen Sreyneang");
        navigate("login");
        _get(LanguageSwitch.class).setValue(LanguageSwitch.KHMER);
        _get(com.vaadin.flow.component.login.LoginForm.class);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("km");

        login(learner);
        UI.getCurrent().getPage().reload();
        navigate("learn");
        assertThat(accounts.preferredLocale().getLanguage()).isEqualTo("km");
        assertThat(menu()).containsExactly(UI.getCurrent().getTranslation(Locale.forLanguageTag("km"), "nav.my-learning"),
                UI.getCurrent().getTranslation(Locale.forLanguageTag("km"), "nav.catalogue"),
                UI.getCurrent().getTranslation(Locale.forLanguageTag("km"), "nav.search"));
    }

    /** Vaadin refuses the view by its annotations before anything of it is built; the person reads why. */
    private static void assertDenied(String path, Class<? extends Component> view) {
        navigate(path);
        assertThat(_find(view)).isEmpty();
        _get(PageDeniedView.class);
        _get(H2.class, spec -> spec.withText(UI.getCurrent().getTranslation("error.denied.title")));
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
