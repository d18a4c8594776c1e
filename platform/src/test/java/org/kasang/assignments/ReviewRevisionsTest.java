package org.kasang.assignments;

import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.SamplePdf;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasang.assignments.Work.PLAN;

/** Each review keeps the answers it judged; the coach's member page lists handed-in work within scope. */
class ReviewRevisionsTest extends IntegrationTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;

    @Test
    void a_returned_review_keeps_the_first_answers_and_the_second_review_scores_the_new_ones() {
        long cbo = fixtures.cbo("Revisions CBO");
        SignedInUser learner = fixtures.learner(cbo, "Pich Sreyleak");
        SignedInUser coach = fixtures.coachOf(cbo);
        signInAs(learner);
        assignments.attach(PLAN, "first-plan.pdf", SamplePdf.of("First plan"));
        long id = assignments.submit(PLAN, Work.plan()).id();
        signInAs(coach);
        reviews.review(id, Work.planScores("developing"), "Name the allies you will meet first.", Decision.RETURNED);

        signInAs(learner);
        Map<String, String> revised = new LinkedHashMap<>(Work.plan());
        revised.put("targets-and-allies", "Main target: the commune chief. Allies: the school director and the monk.");
        Submission draft = assignments.removeFile(PLAN, assignments.mine(PLAN).files().get(0).id());
        assertThat(draft.files()).isEmpty();
        assignments.attach(PLAN, "second-plan.pdf", SamplePdf.of("Second plan"));
        assignments.submit(PLAN, revised);
        signInAs(coach);
        reviews.review(id, Work.planScores("good"), "", Decision.APPROVED);

        ReviewedSubmission read = reviews.submission(id, Locale.ENGLISH);
        assertThat(read.memberName()).isEqualTo("Pich Sreyleak");
        assertThat(read.cboName()).startsWith("Revisions CBO");
        Review second = read.submission().reviews().get(0);
        Review first = read.submission().reviews().get(1);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.answers()).isEqualTo(Work.plan());
        assertThat(first.fileNames()).containsExactly("first-plan.pdf");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.answers()).isEqualTo(revised);
        assertThat(second.fileNames()).containsExactly("second-plan.pdf");
        assertThat(second.decision()).isEqualTo(Decision.APPROVED);

        signInAs(learner);
        assertThat(assignments.mine(PLAN).latestReview().orElseThrow().answers()).isEqualTo(revised);
    }

    @Test
    void the_member_page_lists_handed_in_work_with_its_last_decision_only_for_the_cbos_coach() {
        long cbo = fixtures.cbo("Member work CBO");
        SignedInUser learner = fixtures.learner(cbo, "Heng Vanna");
        SignedInUser coach = fixtures.coachOf(cbo);
        signInAs(learner);
        assignments.saveDraft(Work.WORKSHEET, Map.of("commune", "Kampong Luong"));
        long id = assignments.submit(PLAN, Work.plan()).id();
        signInAs(coach);
        reviews.review(id, Work.planScores("developing"), "Say who does what.", Decision.RETURNED);

        assertThat(reviews.memberSubmissions(cbo, learner.personId())).singleElement().satisfies(work -> {
            assertThat(work.submissionId()).isEqualTo(id);
            assertThat(work.assignmentTitle().in(Locale.ENGLISH)).isEqualTo("Your CBO's advocacy action plan");
            assertThat(work.status()).isEqualTo(SubmissionStatus.RETURNED);
            assertThat(work.lastDecision()).isEqualTo(Decision.RETURNED);
            assertThat(work.reviewable()).isTrue();
        });

        signInAs(fixtures.coachOf(fixtures.cbo("Not Heng Vanna's CBO")));
        assertThatThrownBy(() -> reviews.memberSubmissions(cbo, learner.personId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
