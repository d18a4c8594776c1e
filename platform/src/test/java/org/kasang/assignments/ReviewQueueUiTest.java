package org.kasang.assignments;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.assignments.ui.ReviewQueueView;
import org.kasang.assignments.ui.ReviewView;
import org.kasang.catalogue.AssignmentPaper;
import org.kasang.security.SignedInUser;
import org.kasang.shell.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.assignments.Work.PLAN;

/** A coach finds a member's action plan in the review queue, returns it with feedback, then approves the revision. */
class ReviewQueueUiTest extends KaribuTest {

    private static final List<String> CRITERIA = List.of(
            "Problem analysis", "SMART objective", "Targeting", "Risk and safety", "Feasibility");

    @Autowired
    AssignmentService assignments;
    @Autowired
    JdbcClient jdbc;

    long cbo;
    SignedInUser learner;
    SignedInUser coach;
    long submissionId;

    @BeforeEach
    void submittedPlan() {
        cbo = fixtures.cbo("Review queue CBO");
        learner = fixtures.learner(cbo, "Sok Chanthy");
        coach = fixtures.coachOf(cbo);
        signInAs(learner);
        submissionId = assignments.submit(PLAN, Work.plan()).id();
    }

    @Test
    void coach_returns_the_plan_with_feedback_then_approves_the_revision() {
        // Handed in nine days ago: the queue marks it as waiting long.
        jdbc.sql("update submission set submitted_at = submitted_at - interval '9 days' where id = :id")
                .param("id", submissionId).update();
        login(coach);
        navigate("coach/reviews");
        Grid<WaitingSubmission> grid = queue();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        WaitingSubmission line = GridKt._get(grid, 0);
        assertThat(line.cboName()).startsWith("Review queue CBO");
        assertThat(line.memberName()).isEqualTo("Sok Chanthy");
        assertThat(line.revision()).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(line.cboName(),
                "Advocacy planning for CBOs › Your CBO's advocacy action plan");
        Span waiting = (Span) GridKt._getCellComponent(grid, 0, "waiting");
        assertThat(waiting.getText()).isEqualTo("9 days");
        assertThat(waiting.getClassNames()).contains("kasang-long-wait");

        GridKt._clickItem(grid, 0);
        _get(ReviewView.class);
        _get(H2.class, spec -> spec.withText("Review: Your CBO's advocacy action plan"));
        _get(H4.class, spec -> spec.withText("Key message"));
        _get(Paragraph.class, spec -> spec.withText(Work.plan().get("key-message")));
        _get(Paragraph.class, spec -> spec.withText(Work.plan().get("risks")));
        _get(Paragraph.class, spec -> spec.withText("0 of 20 points"));

        // Returning without feedback is refused and changes nothing.
        _click(_get(Button.class, spec -> spec.withText("Return for revision")));
        assertNotified("Write feedback that tells the learner what to change before you return the work.");
        assertThat(feedback().isInvalid()).isTrue();
        assertThat(status()).isEqualTo(SubmissionStatus.SUBMITTED);

        // Approving with a criterion left unscored names the criterion.
        score("developing");
        criterion("Feasibility").clear();
        _click(_get(Button.class, spec -> spec.withText("Approve")));
        assertNotified("Choose a level for every criterion of the rubric: \"Feasibility\" has none.");
        assertThat(criterion("Feasibility").isInvalid()).isTrue();
        assertThat(status()).isEqualTo(SubmissionStatus.SUBMITTED);

        score("developing");
        pick("Risk and safety", "beginning");
        _get(Paragraph.class, spec -> spec.withText("9 of 20 points"));
        feedback().setValue("Write roles, not names.");
        _click(_get(Button.class, spec -> spec.withText("Return for revision")));
        _get(ReviewQueueView.class);
        assertNotified("Returned for revision. The learner can see your feedback.");
        assertThat(GridKt._size(queue())).isZero();
        assertThat(status()).isEqualTo(SubmissionStatus.RETURNED);

        signInAs(learner);
        Map<String, String> revised = Work.plan();
        revised.put("targets-and-allies", "Main target: the commune chief (a role). Allies: the school director.");
        assignments.submit(PLAN, revised);

        login(coach);
        navigate("coach/reviews");
        assertThat(GridKt._get(queue(), 0).revision()).isEqualTo(2);
        GridKt._clickItem(queue(), 0);
        _get(Paragraph.class, spec -> spec.withText(revised.get("targets-and-allies")));
        score("good");
        _get(Paragraph.class, spec -> spec.withText("15 of 20 points"));
        feedback().setValue("A realistic, safe plan.");
        _click(_get(Button.class, spec -> spec.withText("Approve")));
        _get(ReviewQueueView.class);
        assertNotified("Approved. The learner can see your review.");
        assertThat(GridKt._size(queue())).isZero();

        signInAs(learner);
        Submission approved = assignments.mine(PLAN);
        assertThat(approved.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(approved.latestReview().orElseThrow().points()).isEqualTo(15);
        assertThat(approved.latestReview().orElseThrow().feedback()).isEqualTo("A realistic, safe plan.");
    }

    @Test
    void a_coach_of_another_cbo_neither_sees_the_work_nor_opens_it() {
        login(fixtures.coachOf(fixtures.cbo("Other review CBO")));
        navigate("coach/reviews");
        assertThat(GridKt._size(queue())).isZero();

        navigate("coach/reviews/" + submissionId);
        _get(AccessDeniedView.class);
        assertThat(_find(ReviewView.class)).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText(Work.plan().get("key-message")))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<WaitingSubmission> queue() {
        return _get(ReviewQueueView.class).getChildren().filter(Grid.class::isInstance).map(Grid.class::cast)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<AssignmentPaper.Level> criterion(String title) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(title));
    }

    private static void pick(String title, String levelId) {
        RadioButtonGroup<AssignmentPaper.Level> group = criterion(title);
        group.setValue(group.getListDataView().getItems().filter(l -> l.id().equals(levelId)).findFirst().orElseThrow());
    }

    private static void score(String levelId) {
        CRITERIA.forEach(title -> pick(title, levelId));
    }

    private static TextArea feedback() {
        return _get(TextArea.class, spec -> spec.withLabel("Feedback for the learner"));
    }

    private SubmissionStatus status() {
        return jdbc.sql("select status from submission where id = :id").param("id", submissionId)
                .query(String.class).optional().map(SubmissionStatus::valueOf).orElseThrow();
    }

    private static void assertNotified(String text) {
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "").equals(text));
    }
}
