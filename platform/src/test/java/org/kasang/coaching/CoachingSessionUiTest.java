package org.kasang.coaching;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.CourseSummary;
import org.kasang.catalogue.ItemType;
import org.kasang.coaching.ui.CboProgressView;
import org.kasang.coaching.ui.LogSessionView;
import org.kasang.learning.CourseStatus;
import org.kasang.learning.ItemStatus;
import org.kasang.learning.LearningService;
import org.kasang.organisations.Member;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.kasang.shell.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasang.Fixtures.COURSE;

/** A coach logs sessions with a CBO, follows up overdue actions, and runs facilitated group sessions. */
class CoachingSessionUiTest extends KaribuTest {

    @Autowired
    CoachingSessions sessions;
    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcClient jdbc;

    long cbo;
    SignedInUser coach;
    SignedInUser sreymom;
    SignedInUser vuthy;
    SignedInUser absent;

    @BeforeEach
    void cboWithThreeMembers() {
        cbo = fixtures.cbo("Sessions UI");
        sreymom = fixtures.learner(cbo, "Ang Sreymom");
        vuthy = fixtures.learner(cbo, "Bun Vuthy");
        absent = fixtures.learner(cbo, "Chhim Absent");
        coach = fixtures.coachOf(cbo);
        login(coach);
    }

    @Test
    void an_action_due_yesterday_shows_overdue_on_the_coach_home_until_marked_done() {
        openLogSession();
        topics().setValue("Commune investment plan\nMinutes of the last meeting");
        _click(_get(Button.class, spec -> spec.withText("Add an action")));
        _get(TextField.class, spec -> spec.withLabel("What")).setValue("Ask the commune chief for the draft plan");
        _get(TextField.class, spec -> spec.withLabel("Who")).setValue("Sreymom");
        _get(DatePicker.class, spec -> spec.withLabel("Due")).setValue(LocalDate.now().minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Save the session")));

        _get(CboProgressView.class);
        Grid<?> history = _get(Grid.class, spec -> spec.withId("cbo-sessions"));
        assertThat(_size(history)).isEqualTo(1);
        assertThat(_getFormattedRow(history, 0)).contains("Field visit",
                "Commune investment plan, Minutes of the last meeting", coach.displayName());

        navigate("coach");
        Grid<?> overdue = _get(Grid.class, spec -> spec.withId("overdue-actions"));
        assertThat(_size(overdue)).isEqualTo(1);
        assertThat(_getFormattedRow(overdue, 0)).contains("Ask the commune chief for the draft plan", "Sreymom");
        assertThat(_getFormattedRow(overdue, 0).get(0)).startsWith("Sessions UI");

        _click((Button) _getCellComponent(overdue, 0, "done"));
        assertThat(_size(overdue)).isZero();
        assertThat(sessions.overdue(PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void a_facilitated_session_completes_the_lessons_for_those_present_only() {
        List<CourseOutline.Item> covered = catalogue.outline(COURSE).items().stream()
                .filter(i -> i.type() == ItemType.LESSON).limit(2).toList();
        openLogSession();
        @SuppressWarnings("unchecked")
        Select<SessionKind> kind = _get(Select.class, spec -> spec.withLabel("Kind of session"));
        kind.setValue(SessionKind.FACILITATED);
        @SuppressWarnings("unchecked")
        Select<CourseSummary> course = _get(Select.class, spec -> spec.withLabel("Course"));
        course.setValue(catalogue.publishedCourses().stream().filter(c -> c.id().equals(COURSE)).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        CheckboxGroup<CourseOutline.Item> lessons = _get(CheckboxGroup.class, spec -> spec.withLabel("Lessons covered"));
        lessons.setValue(Set.copyOf(covered));
        @SuppressWarnings("unchecked")
        Grid<Member> present = _get(Grid.class, spec -> spec.withId("session-present"));
        IntStream.range(0, _size(present)).mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._get(present, i))
                .filter(m -> m.personId() == sreymom.personId() || m.personId() == vuthy.personId())
                .forEach(present::select);
        topics().setValue("Reading the commune budget together");
        _click(_get(Button.class, spec -> spec.withText("Save the session")));

        Grid<?> history = _get(Grid.class, spec -> spec.withId("cbo-sessions"));
        assertThat(_getFormattedRow(history, 0)).contains("Facilitated group session · "
                + catalogue.course(COURSE).title().in(java.util.Locale.ENGLISH), "2");

        for (SignedInUser member : List.of(sreymom, vuthy)) {
            signInAs(member);
            var progress = learning.progress(COURSE);
            assertThat(progress.status()).isEqualTo(CourseStatus.IN_PROGRESS);
            assertThat(covered).allSatisfy(l -> assertThat(progress.statusOf(l.id())).isEqualTo(ItemStatus.COMPLETED));
            assertThat(jdbc.sql("""
                            select mode from learning_record
                            where person_id = ? and verb = 'COMPLETED' and object_type = 'LESSON' and session_id is not null""")
                    .param(member.personId()).query(String.class).list())
                    .hasSize(2).containsOnly("FACILITATED");
            assertThat(jdbc.sql("select mode from item_state where person_id = ? and course_id = ?")
                    .params(member.personId(), COURSE).query(String.class).list()).containsOnly("FACILITATED");
        }
        signInAs(absent);
        assertThat(learning.progress(COURSE).status()).isNull();
        assertThat(jdbc.sql("select count(*) from learning_record where person_id = ?").param(absent.personId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_session_without_topics_or_in_the_future_is_refused_with_the_reason() {
        openLogSession();
        _click(_get(Button.class, spec -> spec.withText("Save the session")));
        _get(Paragraph.class, spec -> spec.withText("Write at least one topic (at most 2,000 characters)."));

        topics().setValue("Savings group");
        _get(DatePicker.class, spec -> spec.withLabel("Date")).setValue(LocalDate.now().plusDays(2));
        _click(_get(Button.class, spec -> spec.withText("Save the session")));
        _get(Paragraph.class, spec -> spec.withText("The date cannot be in the future."));
        _get(LogSessionView.class);
        assertThat(sessions.history(cbo, PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void another_coach_sees_no_sessions_and_an_ended_assignment_logs_none() {
        sessions.log(new NewSession(cbo, SessionKind.PHONE, LocalDate.now(), List.of("Savings group"), null, Set.of(),
                List.of(), null, null));
        SignedInUser other = fixtures.coachOf(fixtures.cbo("Sessions UI elsewhere"));
        login(other);
        assertThatThrownBy(() -> sessions.history(cbo, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        navigate("coach/cbo/" + cbo + "/session");
        _get(AccessDeniedView.class);

        SignedInUser former = fixtures.staff("Former coach", Role.COACH);
        fixtures.assign(former, cbo, LocalDate.now().minusDays(60), LocalDate.now().minusDays(1));
        login(former);
        assertThatThrownBy(() -> sessions.log(new NewSession(cbo, SessionKind.FIELD_VISIT, LocalDate.now(),
                List.of("Follow-up"), null, Set.of(), List.of(), null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.history(cbo, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    private void openLogSession() {
        navigate("coach/cbo/" + cbo);
        _click(_get(Button.class, spec -> spec.withId("log-session")));
        _get(LogSessionView.class);
    }

    private static TextArea topics() {
        return _get(TextArea.class, spec -> spec.withLabel("Topics (one per line)"));
    }
}
