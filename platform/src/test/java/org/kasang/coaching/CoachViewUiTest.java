package org.kasang.coaching;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.coaching.ui.CboProgressView;
import org.kasang.coaching.ui.CoachHomeView;
import org.kasang.learning.LearningService;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.ItemType;
import org.kasang.security.SignedInUser;
import org.kasang.shell.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A coach sees their CBOs' progress, and nothing of anyone else's. */
class CoachViewUiTest extends KaribuTest {

    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;

    long mine;
    long theirs;
    SignedInUser coach;
    String mineName;

    @BeforeEach
    void coachWithOneActiveLearner() {
        mine = fixtures.cbo("Coach UI mine");
        theirs = fixtures.cbo("Coach UI theirs");
        fixtures.coachOf(theirs);
        coach = fixtures.coachOf(mine);
        SignedInUser active = fixtures.learner(mine, "Hem Sokunthea");
        fixtures.learner(mine, "Ouk Vannak");
        signInAs(active);
        String firstLesson = catalogue.outline("budget-literacy").items().stream()
                .filter(i -> i.type() == ItemType.LESSON).findFirst().orElseThrow().id();
        learning.completeLesson("budget-literacy", firstLesson);
        login(coach);
    }

    @Test
    void coach_home_lists_assigned_cbos_with_course_counts() {
        navigate("");
        _get(CoachHomeView.class);
        _get(H2.class, spec -> spec.withText("My CBOs"));
        @SuppressWarnings("unchecked")
        Grid<CboOverview> grid = _get(Grid.class);
        List<List<String>> rows = IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0)).startsWith("Coach UI mine").endsWith(" · Kracheh · 2 members");
        assertThat(rows.get(0)).contains("1 enrolled · 1 in progress · 0 completed");
    }

    @Test
    void a_learners_help_request_shows_on_the_coach_home() {
        SignedInUser asking = fixtures.learner(mine, "Touch Sreypov");
        signInAs(asking);
        learning.askForHelp("budget-literacy", "budget-literacy/budget-calendar", null, "Who sets the indicative amount?");
        login(coach);
        navigate("coach");
        @SuppressWarnings("unchecked")
        Grid<CboOverview> grid = _get(Grid.class);
        assertThat(_getFormattedRow(grid, 0)).contains("2 enrolled · 2 in progress · 0 completed · help wanted 1");
    }

    @Test
    void cbo_page_shows_each_members_progress() {
        navigate("coach/cbo/" + mine);
        _get(CboProgressView.class);
        @SuppressWarnings("unchecked")
        Grid<MemberOverview> grid = _get(Grid.class);
        List<List<String>> rows = IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();

        int budget = grid.getColumns().stream().map(Grid.Column::getHeaderText).toList()
                .indexOf(catalogue.course("budget-literacy").title().in(java.util.Locale.ENGLISH));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).first().isEqualTo("Hem Sokunthea");
        assertThat(rows.get(0).get(budget)).startsWith("In progress · 1 done · last active");
        assertThat(rows.get(1)).first().isEqualTo("Ouk Vannak");
        assertThat(rows.get(1).subList(1, rows.get(1).size())).containsOnly("Not enrolled");
    }

    @Test
    void another_coachs_cbo_by_url_shows_access_denied_and_no_names() {
        navigate("coach/cbo/" + theirs);
        _get(AccessDeniedView.class);
        _get(H2.class, spec -> spec.withText("Not available to you"));
        _assertNone(CboProgressView.class);
        _assertNone(Grid.class);
    }
}
