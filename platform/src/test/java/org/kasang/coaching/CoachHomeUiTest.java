package org.kasang.coaching;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.assignments.AssignmentService;
import org.kasang.assignments.Work;
import org.kasang.learning.LearningService;
import org.kasang.organisations.OrganisationService;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach's list of CBOs says what waits in each, orders by name, place or what waits, filters by name or
 * district, and never finds another coach's CBO.
 */
class CoachHomeUiTest extends KaribuTest {

    static final String COURSE = "budget-literacy";

    @Autowired
    LearningService learning;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CoachingSessions sessions;
    @Autowired
    OrganisationService organisations;

    long alpha;
    long beta;
    long gamma;
    String betaDistrict;
    SignedInUser coach;

    @BeforeEach
    void threeCbosWithWorkWaiting() {
        alpha = fixtures.cbo("Home Alpha");
        beta = fixtures.cbo("Home Beta", "010201");
        gamma = fixtures.cbo("Home Gamma");
        long delta = fixtures.cbo("Home Delta");
        fixtures.learner(alpha, "Keo Sothea");
        SignedInUser asking = fixtures.learner(beta, "Sam Bopha");
        SignedInUser planning = fixtures.learner(gamma, "Chan Dara");
        SignedInUser elsewhere = fixtures.learner(delta, "Lim Srey");
        coach = fixtures.coachOf(alpha, beta, gamma);
        fixtures.coachOf(delta);

        signInAs(asking);
        learning.askForHelp(COURSE, COURSE + "/budget-calendar", null, "What is the indicative amount?");
        signInAs(elsewhere);
        learning.askForHelp(COURSE, COURSE + "/budget-calendar", null, "Who decides?");
        learning.askForHelp(COURSE, COURSE + "/budget-calendar", null, "When?");
        signInAs(planning);
        assignments.submit(Work.PLAN, Work.plan());
        signInAs(coach);
        LocalDate today = LocalDate.now();
        sessions.log(new NewSession(beta, SessionKind.PHONE, today.minusDays(5), List.of("Commune budget"), "",
                Set.of(), List.of(new NewSession.NewAction("Bring the commune budget", "Sam Bopha",
                today.minusDays(1))), null, null));
        betaDistrict = organisations.cbo(beta).getCommune().getDistrict().name(Locale.ENGLISH);
        login(coach);
        navigate("coach");
    }

    @SuppressWarnings("unchecked")
    private List<String> rows() {
        Grid<CboOverview> grid = _get(Grid.class, spec -> spec.withId("my-cbos"));
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> _getFormattedRow(grid, i).get(0).replaceAll(" [0-9a-f]{8} ·.*", "")
                        + " | " + _getFormattedRow(grid, i).get(1))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private void order(CboList.Order order) {
        _setValue(_get(Select.class, spec -> spec.withLabel("Order")), order);
    }

    @Test
    void each_cbo_says_what_waits_for_the_coach_and_the_list_starts_by_name() {
        assertThat(rows()).containsExactly(
                "Home Alpha | —",
                "Home Beta | 1 help · 1 overdue",
                "Home Gamma | 1 to review");
    }

    @Test
    void the_coach_orders_by_what_waits_or_by_place() {
        order(CboList.Order.WAITING);
        assertThat(rows()).containsExactly(
                "Home Beta | 1 help · 1 overdue",
                "Home Gamma | 1 to review",
                "Home Alpha | —");

        order(CboList.Order.PLACE);
        // Banteay Meanchey (01) comes before Kratie (10) in the gazetteer.
        assertThat(rows()).containsExactly(
                "Home Beta | 1 help · 1 overdue",
                "Home Alpha | —",
                "Home Gamma | 1 to review");
    }

    @Test
    void the_coach_keeps_only_the_cbos_where_something_waits() {
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only CBOs where something waits for me")), true);
        assertThat(rows()).containsExactly(
                "Home Beta | 1 help · 1 overdue",
                "Home Gamma | 1 to review");
    }

    @Test
    void the_filter_finds_a_cbo_by_district_but_never_another_coachs_cbo() {
        TextField filter = _get(TextField.class, spec -> spec.withPlaceholder("Find a CBO by name or district"));
        _setValue(filter, betaDistrict.toLowerCase(Locale.ROOT));
        assertThat(rows()).containsExactly("Home Beta | 1 help · 1 overdue");

        // Home Delta has more help waiting than any of mine, but it is someone else's CBO.
        _setValue(filter, "Home Delta");
        order(CboList.Order.WAITING);
        assertThat(rows()).isEmpty();
        _setValue(filter, "Home");
        assertThat(rows()).extracting(row -> row.substring(0, row.indexOf(" |")))
                .containsExactly("Home Beta", "Home Gamma", "Home Alpha");
    }
}
