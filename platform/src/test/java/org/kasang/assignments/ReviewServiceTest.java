package org.kasang.assignments;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.SamplePdf;
import org.kasang.common.InvalidInput;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasang.assignments.Work.PLAN;

/** Coaches review work from their own CBOs only, against the whole rubric; approval is announced once. */
@RecordApplicationEvents
class ReviewServiceTest extends IntegrationTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;
    @Autowired
    ApplicationEvents events;

    long cbo;
    SignedInUser learner;
    SignedInUser coach;
    Submission submitted;

    @BeforeEach
    void submittedPlan() {
        cbo = fixtures.cbo("Review CBO");
        learner = fixtures.learner(cbo, "Chea Bopha");
        coach = fixtures.coachOf(cbo);
        signInAs(learner);
        assignments.attach(PLAN, "plan.pdf", SamplePdf.of("Our plan"));
        submitted = assignments.submit(PLAN, Work.plan());
        signInAs(coach);
    }

    @Test
    void the_coach_reads_the_work_beside_its_rubric_and_finds_it_waiting() {
        ReviewedSubmission read = reviews.submission(submitted.id(), Locale.ENGLISH);

        assertThat(read.submission().answers()).isEqualTo(Work.plan());
        assertThat(read.submission().files()).extracting(SubmissionFile::name).containsExactly("plan.pdf");
        assertThat(read.assignment().criteria()).hasSize(5);
        assertThat(read.assignment().maxPoints()).isEqualTo(20);
        assertThat(reviews.file(submitted.id(), read.submission().files().get(0).id())).isPresent();
        assertThat(reviews.waiting(PageRequest.of(0, 20)).getContent())
                .extracting(WaitingSubmission::submissionId).containsExactly(submitted.id());
    }

    @Test
    void a_coach_of_another_cbo_cannot_read_review_or_download() {
        signInAs(fixtures.coachOf(fixtures.cbo("Other CBO")));
        long fileId = submitted.files().get(0).id();

        assertThatThrownBy(() -> reviews.submission(submitted.id(), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.review(submitted.id(), Work.planScores("good"), "", Decision.APPROVED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.file(submitted.id(), fileId)).isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.waiting(PageRequest.of(0, 20)).getContent()).isEmpty();

        signInAs(coach);
        assertThat(reviews.submission(submitted.id(), Locale.ENGLISH).submission().status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void learners_and_trainers_cannot_review() {
        signInAs(learner);
        assertThatThrownBy(() -> reviews.submission(submitted.id(), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        signInAs(fixtures.staff("A trainer", Role.TRAINER));
        assertThatThrownBy(() -> reviews.review(submitted.id(), Work.planScores("good"), "", Decision.APPROVED))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_incomplete_or_invalid_rubric_is_refused_and_nothing_changes() {
        Map<String, String> missing = Work.planScores("good");
        missing.remove("targeting");
        assertRefused(missing, "feedback", Decision.APPROVED, "review.error.criterion");

        Map<String, String> wrongLevel = Work.planScores("good");
        wrongLevel.put("feasibility", "excellent");
        assertRefused(wrongLevel, "feedback", Decision.APPROVED, "review.error.criterion");

        Map<String, String> extra = Work.planScores("good");
        extra.put("handwriting", "good");
        assertRefused(extra, "feedback", Decision.APPROVED, "review.error.unknown-criterion");

        assertRefused(Work.planScores("beginning"), "  ", Decision.RETURNED, "review.error.feedback");

        Submission after = reviews.submission(submitted.id(), Locale.ENGLISH).submission();
        assertThat(after.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(after.reviews()).isEmpty();
        assertThat(events.stream(SubmissionApproved.class)).isEmpty();
    }

    @Test
    void approval_publishes_the_event_once_and_the_work_cannot_be_reviewed_again() {
        reviews.review(submitted.id(), Work.planScores("strong"), "A careful, safe plan.", Decision.APPROVED);
        assertThatThrownBy(() -> reviews.review(submitted.id(), Work.planScores("strong"), "Again", Decision.APPROVED))
                .isInstanceOf(InvalidInput.class).hasMessage("review.error.not-waiting");

        assertThat(events.stream(SubmissionApproved.class)).singleElement().satisfies(event -> {
            assertThat(event.submissionId()).isEqualTo(submitted.id());
            assertThat(event.personId()).isEqualTo(learner.personId());
            assertThat(event.cboId()).isEqualTo(cbo);
            assertThat(event.courseId()).isEqualTo("advocacy-planning");
            assertThat(event.assignmentId()).isEqualTo(PLAN);
            assertThat(event.reviewerPersonId()).isEqualTo(coach.personId());
            assertThat(event.at()).isNotNull();
        });
        assertThat(reviews.waiting(PageRequest.of(0, 20)).getContent()).isEmpty();
    }

    @Test
    void returning_publishes_nothing_and_a_draft_cannot_be_reviewed() {
        reviews.review(submitted.id(), Work.planScores("developing"), "Add dates to the activities.", Decision.RETURNED);
        assertThat(events.stream(SubmissionApproved.class)).isEmpty();
        assertThatThrownBy(() -> reviews.review(submitted.id(), Work.planScores("good"), "", Decision.APPROVED))
                .hasMessage("review.error.not-waiting");
    }

    @Test
    void an_admin_reviews_anywhere() {
        signInAs(fixtures.staff("Programme officer", Role.ADMIN));
        assertThat(reviews.review(submitted.id(), Work.planScores("good"), null, Decision.APPROVED).status())
                .isEqualTo(SubmissionStatus.APPROVED);
    }

    private void assertRefused(Map<String, String> scores, String feedback, Decision decision, String key) {
        assertThatThrownBy(() -> reviews.review(submitted.id(), scores, feedback, decision))
                .isInstanceOf(InvalidInput.class).hasMessage(key);
    }
}
