package org.kasang.assignments;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.SamplePdf;
import org.kasang.assignments.ui.AssignmentView;
import org.kasang.learning.ItemStatus;
import org.kasang.learning.LearningService;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kasang.assignments.Work.PLAN;

/** A CBO member writes the advocacy action plan on the page; the coach returns it, then approves the revision. */
class AssignmentJourneyUiTest extends KaribuTest {

    private static final String PAGE = "learn/advocacy-planning/assignment/advocacy-action-plan";
    private static final Map<String, String> LABELS = Map.of(
            "issue-and-causes", "The issue and its root causes",
            "smart-objective", "Your objective (SMART)",
            "targets-and-allies", "Target decision-makers and allies",
            "key-message", "Key message",
            "activities", "Activities with dates",
            "risks", "Risks and how you will reduce them",
            "signs-of-success", "How you will know it worked");

    @Autowired
    ReviewService reviews;
    @Autowired
    AssignmentService assignments;
    @Autowired
    LearningService learning;

    SignedInUser learner;
    SignedInUser coach;

    @BeforeEach
    void learnerWithCoach() {
        long cbo = fixtures.cbo("Action plan CBO");
        learner = fixtures.learner(cbo, "Nget Srey Leak");
        coach = fixtures.coachOf(cbo);
        login(learner);
    }

    @Test
    void learner_drafts_submits_revises_after_review_and_is_approved() {
        navigate(PAGE);
        _get(AssignmentView.class);
        _get(H2.class, spec -> spec.withText("Your CBO's advocacy action plan"));
        assertThat(status()).isEqualTo("Draft");
        assertThat(learning.progress("advocacy-planning").statusOf(PLAN)).isEqualTo(ItemStatus.STARTED);

        Work.plan().forEach((field, answer) -> field(field).setValue(answer));
        UploadKt._upload(_get(Upload.class), "problem tree.pdf", "application/pdf", SamplePdf.of("Our problem tree"));
        MockVaadin.clientRoundtrip();
        Anchor file = _get(Anchor.class, spec -> spec.withText("problem tree.pdf"));
        assertThat(new String(DownloadKt._download(file), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        assertNotified("Draft saved. You can come back to it later.");

        // Leave and come back: the draft and its file are still there.
        navigate("learn/advocacy-planning");
        navigate(PAGE);
        assertThat(field("key-message").getValue()).isEqualTo(Work.plan().get("key-message"));
        _get(Anchor.class, spec -> spec.withText("problem tree.pdf"));

        _click(_get(Button.class, spec -> spec.withText("Submit to my coach")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Submit your work?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(status()).isEqualTo("Waiting for review");
        _get(Paragraph.class, spec -> spec.withText(
                "Submitted. Your work is waiting for your coach's review; you cannot change it until then."));
        assertReadOnly();
        assertThat(learning.progress("advocacy-planning").statusOf(PLAN)).isEqualTo(ItemStatus.COMPLETED);

        long submissionId = assignments.mine(PLAN).id();
        signInAs(coach);
        Map<String, String> scores = Work.planScores("developing");
        scores.put("risk-and-safety", "beginning");
        reviews.review(submissionId, scores, "Write roles, not names.\nAdd a date to each activity.", Decision.RETURNED);
        login(learner);

        navigate(PAGE);
        assertThat(status()).isEqualTo("Revise and resubmit");
        _get(Paragraph.class, spec -> spec.withText("Decision: revise and resubmit"));
        _get(Span.class, spec -> spec.withText("Risk and safety"));
        _get(Span.class, spec -> spec.withText("Beginning (1 of 4 points)"));
        assertThat(_find(Span.class, spec -> spec.withText("Developing (2 of 4 points)"))).hasSize(4);
        _get(Paragraph.class, spec -> spec.withText("Risks are not considered, or the plan includes unsafe steps such as "
                + "public accusations, social media posts or unannounced crowds. Personal names are written."));
        _get(Paragraph.class, spec -> spec.withText("Total: 9 of 20 points"));
        _get(Paragraph.class, spec -> spec.withText("Write roles, not names.\nAdd a date to each activity."));

        assertThat(field("activities").isReadOnly()).isFalse();
        field("activities").setValue("10 March: meet the commune clerk (CBO chair). 2 April: planning workshop.");
        _click(_get(Button.class, spec -> spec.withText("Resubmit to my coach")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(status()).isEqualTo("Waiting for review");

        signInAs(coach);
        reviews.review(submissionId, Work.planScores("good"), "A realistic, safe plan.", Decision.APPROVED);
        login(learner);

        navigate(PAGE);
        assertThat(status()).isEqualTo("Approved");
        _get(Paragraph.class, spec -> spec.withText("Your coach approved this work. Well done!"));
        _get(Paragraph.class, spec -> spec.withText("Decision: approved"));
        _get(Paragraph.class, spec -> spec.withText("Total: 15 of 20 points"));
        _get(Paragraph.class, spec -> spec.withText("A realistic, safe plan."));
        assertThat(field("activities").getValue()).startsWith("10 March");
        assertReadOnly();
    }

    @Test
    void a_missing_answer_and_a_refused_file_are_explained_and_nothing_is_sent() {
        navigate(PAGE);
        Work.plan().forEach((field, answer) -> field(field).setValue(answer));
        field("key-message").setValue("");

        _click(_get(Button.class, spec -> spec.withText("Submit to my coach")));
        assertNotified("Please fill in \"Key message\" before you submit.");
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(field("key-message").isInvalid()).isTrue();

        byte[] page = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(_get(Upload.class), "plan.pdf", "application/pdf", page);
        MockVaadin.clientRoundtrip();
        assertNotified(UI.getCurrent().getTranslation("attachment.error.not-allowed", "plan.pdf"));
        _get(Span.class, spec -> spec.withText("No files attached."));

        assertThat(assignments.mine(PLAN).id()).isNull();
        assertThat(status()).isEqualTo("Draft");
    }

    private TextArea field(String id) {
        return _get(TextArea.class, spec -> spec.withLabel(LABELS.get(id)));
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withClasses("kasang-status")).getText();
    }

    private void assertReadOnly() {
        LABELS.keySet().forEach(id -> assertThat(field(id).isReadOnly()).as(id).isTrue());
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Save draft"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Remove"))).isEmpty();
        _get(Anchor.class, spec -> spec.withText("problem tree.pdf"));
    }

    private static void assertNotified(String text) {
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "").equals(text));
    }
}
