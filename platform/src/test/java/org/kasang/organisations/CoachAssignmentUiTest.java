package org.kasang.organisations;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.coaching.CboOverview;
import org.kasang.coaching.ui.CoachHomeView;
import org.kasang.common.InvalidInput;
import org.kasang.learning.HelpDesk;
import org.kasang.organisations.ui.CboRegistryView;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.shell.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Admins assign coaches to CBOs with dates; a coach's access follows them, and ends when they end. */
class CoachAssignmentUiTest extends KaribuTest {

    @Autowired
    CoachAssignments assignments;
    @Autowired
    MemberService members;
    @Autowired
    HelpDesk helpDesk;

    SignedInUser admin;
    SignedInUser coach;
    long cbo;

    @BeforeEach
    void adminAndCoach() {
        cbo = fixtures.cbo("Assignment CBO");
        fixtures.learner(cbo, "Heng Sokha");
        admin = fixtures.staff("Admin Assignments", Role.ADMIN);
        coach = fixtures.staff("Coach Sreymom " + cbo, Role.COACH);
        login(admin);
    }

    @Test
    void an_admin_assigns_a_coach_who_then_sees_the_cbo_until_the_assignment_ends() {
        navigate("admin/cbos");
        _get(CboRegistryView.class);
        _get(TextField.class).setValue("Assignment CBO");
        @SuppressWarnings("unchecked")
        Grid<Cbo> registry = _get(Grid.class);
        int row = IntStream.range(0, _size(registry)).filter(i -> registry.getDataCommunicator().getItem(i).getId() == cbo)
                .findFirst().orElseThrow();
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(registry, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Coaches")));
        Dialog dialog = _get(Dialog.class);

        @SuppressWarnings("unchecked")
        Select<CoachAssignments.Coach> who = _get(dialog, Select.class);
        who.setValue(who.getListDataView().getItems().filter(c -> c.personId() == coach.personId()).findFirst().orElseThrow());
        _find(dialog, DatePicker.class).get(0).setValue(LocalDate.now().minusDays(3));
        _click(_get(dialog, Button.class, spec -> spec.withText("Assign")));
        @SuppressWarnings("unchecked")
        Grid<CoachAssignments.Assignment> grid = _get(dialog, Grid.class);
        assertThat(_getFormattedRow(grid, 0).get(0)).isEqualTo(coach.displayName());
        assertThat(_getFormattedRow(grid, 0).get(2)).isEqualTo("Open-ended");

        dialog.close();
        login(coach);
        navigate("coach");
        assertThat(coachHomeRows()).anySatisfy(r -> assertThat(r.get(0)).startsWith("Assignment CBO"));
        navigate("coach/cbo/" + cbo);
        assertThat(_get(H2.class).getText()).startsWith("Assignment CBO");

        login(admin);
        navigate("admin/cbos");
        _get(TextField.class).setValue("Assignment CBO");
        @SuppressWarnings("unchecked")
        Grid<Cbo> again = _get(Grid.class);
        int row2 = IntStream.range(0, _size(again)).filter(i -> again.getDataCommunicator().getItem(i).getId() == cbo)
                .findFirst().orElseThrow();
        _click(_get((HorizontalLayout) GridKt._getCellComponent(again, row2, "actions"), Button.class,
                spec -> spec.withText("Coaches")));
        @SuppressWarnings("unchecked")
        Grid<CoachAssignments.Assignment> assigned = _get(_get(Dialog.class), Grid.class);
        _click((Button) GridKt._getCellComponent(assigned, 0, "end"));
        _get(Dialog.class).close();
        assertThat(assignments.ofCbo(cbo)).singleElement().satisfies(a -> assertThat(a.active()).isFalse());

        // After the assignment: not on the home, not by URL, not through any service.
        login(coach);
        navigate("coach");
        assertThat(coachHomeRows()).noneSatisfy(r -> assertThat(r.get(0)).startsWith("Assignment CBO"));
        navigate("coach/cbo/" + cbo);
        _get(AccessDeniedView.class);
        assertThatThrownBy(() -> members.members(cbo, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> helpDesk.open(cbo, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_assignments_are_refused_and_change_nothing() {
        SignedInUser trainer = fixtures.staff("Trainer not a coach", Role.TRAINER);
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> assignments.assign(trainer.personId(), cbo, today, null))
                .isInstanceOf(InvalidInput.class).hasMessage("assignment.error.not-a-coach");
        assertThatThrownBy(() -> assignments.assign(coach.personId(), cbo, today, today.minusDays(1)))
                .isInstanceOf(InvalidInput.class).hasMessage("assignment.error.dates");
        assignments.assign(coach.personId(), cbo, today.minusDays(30), today.plusDays(30));
        assertThatThrownBy(() -> assignments.assign(coach.personId(), cbo, today.plusDays(10), null))
                .isInstanceOf(InvalidInput.class).hasMessage("assignment.error.overlap");
        assertThat(assignments.ofCbo(cbo)).hasSize(1);
        // A later, separate period is fine: a coach may come back to a CBO.
        assignments.assign(coach.personId(), cbo, today.plusDays(31), null);
        assertThat(assignments.ofCbo(cbo)).hasSize(2);

        login(coach);
        assertThatThrownBy(() -> assignments.ofCbo(cbo)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_assignment_that_starts_tomorrow_gives_no_access_today() {
        assignments.assign(coach.personId(), cbo, LocalDate.now().plusDays(1), null);
        login(coach);
        assertThatThrownBy(() -> members.members(cbo, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> coachHomeRows() {
        Grid<CboOverview> grid = _get(_get(CoachHomeView.class), Grid.class);
        return IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();
    }
}
