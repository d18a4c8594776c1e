package org.kasang.assignments;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.SamplePdf;
import org.kasang.common.InvalidInput;
import org.kasang.learning.ItemStatus;
import org.kasang.learning.LearningService;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasang.assignments.Work.PLAN;
import static org.kasang.assignments.Work.WORKSHEET;

/** A learner fills, drafts, attaches and submits; bad input and edits of handed-in work change nothing. */
class AssignmentServiceTest extends IntegrationTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    ReviewService reviews;
    @Autowired
    LearningService learning;
    @Autowired
    JdbcClient jdbc;

    long cbo;
    SignedInUser learner;
    SignedInUser coach;

    @BeforeEach
    void learnerAndCoach() {
        cbo = fixtures.cbo("Assignment CBO");
        learner = fixtures.learner(cbo, "Sok Chanthy");
        coach = fixtures.coachOf(cbo);
        signInAs(learner);
    }

    @Test
    void before_anything_is_saved_the_work_is_an_empty_draft() {
        Submission none = assignments.mine(PLAN);

        assertThat(none.id()).isNull();
        assertThat(none.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(none.editable()).isTrue();
        assertThat(rowsOf(learner)).isZero();
    }

    @Test
    void draft_submit_return_resubmit_approve_counts_revisions() {
        Map<String, String> answers = Work.plan();
        answers.put("risks", "");
        Submission draft = assignments.saveDraft(PLAN, answers);
        assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(draft.revision()).isZero();
        assertThat(assignments.mine(PLAN).answers()).doesNotContainKey("risks")
                .containsEntry("smart-objective", Work.plan().get("smart-objective"));

        Submission first = assignments.submit(PLAN, Work.plan());
        assertThat(first.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.cboId()).isEqualTo(cbo);
        assertThat(learning.progress("advocacy-planning").statusOf(PLAN)).isEqualTo(ItemStatus.COMPLETED);

        signInAs(coach);
        Submission returned = reviews.review(first.id(), Work.planScores("developing"),
                "Name the commune chief as the main target and add dates.", Decision.RETURNED);
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);

        signInAs(learner);
        Map<String, String> revised = Work.plan();
        revised.put("activities", "10 March: meet the commune clerk. 2 April: planning workshop.");
        assignments.saveDraft(PLAN, revised);
        assertThat(assignments.mine(PLAN).status()).isEqualTo(SubmissionStatus.RETURNED);
        Submission second = assignments.submit(PLAN, revised);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(SubmissionStatus.SUBMITTED);

        signInAs(coach);
        Submission approved = reviews.review(second.id(), Work.planScores("good"), "", Decision.APPROVED);
        assertThat(approved.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(approved.reviews()).extracting(Review::revision).containsExactly(2, 1);
        assertThat(approved.reviews()).extracting(Review::points).containsExactly(15, 10);
        assertThat(approved.reviews()).extracting(Review::maxPoints).containsOnly(20);
        assertThat(approved.latestReview().orElseThrow().feedback()).isNull();

        signInAs(learner);
        assertThat(assignments.mySubmissions()).singleElement().satisfies(summary -> {
            assertThat(summary.assignmentTitle().in(java.util.Locale.ENGLISH)).isEqualTo("Your CBO's advocacy action plan");
            assertThat(summary.courseTitle().in(java.util.Locale.ENGLISH)).isEqualTo("Advocacy planning for CBOs");
            assertThat(summary.status()).isEqualTo(SubmissionStatus.APPROVED);
            assertThat(summary.revision()).isEqualTo(2);
            assertThat(summary.lastReview().decision()).isEqualTo(Decision.APPROVED);
        });
    }

    @Test
    void a_missing_required_field_refuses_submit_and_changes_nothing() {
        assignments.saveDraft(PLAN, Map.of("issue-and-causes", "Too far to school."));
        Map<String, String> incomplete = Work.plan();
        incomplete.remove("key-message");
        incomplete.put("issue-and-causes", "Changed, but not kept.");

        assertThatThrownBy(() -> assignments.submit(PLAN, incomplete)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> {
                    assertThat(((InvalidInput) e).key()).isEqualTo("submission.error.required");
                    assertThat(((InvalidInput) e).args()).containsExactly("key-message");
                });

        Submission after = assignments.mine(PLAN);
        assertThat(after.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(after.revision()).isZero();
        assertThat(after.answers()).containsExactly(Map.entry("issue-and-causes", "Too far to school."));
        assertThat(learning.progress("advocacy-planning").statusOf(PLAN)).isNotEqualTo(ItemStatus.COMPLETED);
    }

    @Test
    void answers_are_checked_by_the_kind_of_field() {
        assertRefused(with("budget-year", "twenty twenty-six"), "submission.error.number", "budget-year");
        assertRefused(with("source", "rumour"), "submission.error.choice", "source");
        assertRefused(with("commune", "x".repeat(501)), "submission.error.too-long", "commune");
        assertRefused(with("phone-of-chief", "012 345 678"), "submission.error.unknown-field", "phone-of-chief");
        assertThat(rowsOf(learner)).isZero();

        Map<String, String> answers = Work.worksheet();
        answers.put("total-revenue", " 680,000,000 ");
        Submission saved = assignments.saveDraft(WORKSHEET, answers);
        assertThat(saved.answers()).containsEntry("total-revenue", "680000000").containsEntry("source", "notice-board");
    }

    @Test
    void a_file_is_kept_with_its_detected_type_and_a_safe_name_and_can_be_removed() {
        Submission withFile = assignments.attach(PLAN, "../../Our plan (final).pdf", SamplePdf.of("Action plan"));
        SubmissionFile file = withFile.files().get(0);
        assertThat(file.name()).isEqualTo("Our plan (final).pdf");
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(assignments.file(withFile.id(), file.id())).get()
                .satisfies(content -> assertThat(new String(content.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-"));

        assertThat(assignments.removeFile(PLAN, file.id()).files()).isEmpty();
        assertThat(assignments.file(withFile.id(), file.id())).isEmpty();
    }

    @Test
    void a_file_tika_refuses_leaves_nothing() {
        byte[] page = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> assignments.attach(PLAN, "plan.pdf", page)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> {
                    assertThat(((InvalidInput) e).key()).isEqualTo("attachment.error.not-allowed");
                    assertThat(((InvalidInput) e).args()).containsExactly("plan.pdf");
                });
        assertThat(rowsOf(learner)).isZero();

        assignments.saveDraft(PLAN, Work.plan());
        assertThatThrownBy(() -> assignments.attach(PLAN, "plan.pdf", page)).isInstanceOf(InvalidInput.class);
        assertThat(assignments.mine(PLAN).files()).isEmpty();
    }

    @Test
    void a_phone_photo_larger_than_a_course_image_is_accepted() throws java.io.IOException {
        var photo = new java.awt.image.BufferedImage(500, 500, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var random = new java.util.Random(7);
        for (int x = 0; x < 500; x++) {
            for (int y = 0; y < 500; y++) {
                photo.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        var bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(photo, "png", bytes);
        assertThat(bytes.size()).isGreaterThan(200 * 1024);

        Submission withPhoto = assignments.attach(PLAN, "problem-tree.png", bytes.toByteArray());
        assertThat(withPhoto.files()).singleElement().satisfies(file ->
                assertThat(file.mediaType()).isEqualTo("image/png"));
    }

    @Test
    void more_files_than_allowed_are_refused() {
        for (int i = 1; i <= 5; i++) {
            assignments.attach(PLAN, "page-" + i + ".pdf", SamplePdf.of("Page " + i));
        }
        assertThatThrownBy(() -> assignments.attach(PLAN, "page-6.pdf", SamplePdf.of("Page 6")))
                .isInstanceOf(InvalidInput.class).hasMessage("submission.error.too-many-files");
        // The same name replaces the file rather than adding one.
        assertThat(assignments.attach(PLAN, "page-1.pdf", SamplePdf.of("Page 1, corrected")).files()).hasSize(5);
    }

    @Test
    void submitted_and_approved_work_is_read_only() {
        long fileId = assignments.attach(PLAN, "plan.pdf", SamplePdf.of("Plan")).files().get(0).id();
        Submission submitted = assignments.submit(PLAN, Work.plan());

        assertEditsRefused(fileId, "submission.error.waiting");

        signInAs(coach);
        reviews.review(submitted.id(), Work.planScores("strong"), "Well argued.", Decision.APPROVED);
        signInAs(learner);
        assertEditsRefused(fileId, "submission.error.approved");
        Submission after = assignments.mine(PLAN);
        assertThat(after.answers()).isEqualTo(Work.plan());
        assertThat(after.files()).hasSize(1);
        assertThat(after.revision()).isEqualTo(1);
    }

    @Test
    void a_learner_cannot_download_another_learners_file() {
        Submission mine = assignments.attach(PLAN, "plan.pdf", SamplePdf.of("Plan"));
        signInAs(fixtures.learner(cbo, "Another member"));
        assertThat(assignments.file(mine.id(), mine.files().get(0).id())).isEmpty();
    }

    private void assertEditsRefused(long fileId, String key) {
        assertThatThrownBy(() -> assignments.saveDraft(PLAN, Map.of("risks", "Changed"))).hasMessage(key);
        assertThatThrownBy(() -> assignments.submit(PLAN, Work.plan())).hasMessage(key);
        assertThatThrownBy(() -> assignments.attach(PLAN, "more.pdf", SamplePdf.of("More"))).hasMessage(key);
        assertThatThrownBy(() -> assignments.removeFile(PLAN, fileId)).hasMessage(key);
    }

    private void assertRefused(Map<String, String> answers, String key, String field) {
        assertThatThrownBy(() -> assignments.saveDraft(WORKSHEET, answers)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> {
                    assertThat(((InvalidInput) e).key()).isEqualTo(key);
                    assertThat(((InvalidInput) e).args()[0]).isEqualTo(field);
                });
    }

    private static Map<String, String> with(String field, String value) {
        Map<String, String> answers = new HashMap<>(Work.worksheet());
        answers.put(field, value);
        return answers;
    }

    private long rowsOf(SignedInUser user) {
        return jdbc.sql("select count(*) from submission where person_id = ?").param(user.personId()).query(Long.class).single();
    }
}
