package org.kasang.catalogue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.SamplePdf;
import org.kasang.catalogue.ui.CourseEditorView;
import org.kasang.catalogue.ui.CoursesView;
import org.kasang.learning.ui.LessonView;
import org.kasang.learning.ui.QuizView;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A trainer writes a course in the editor and publishes it; a learner takes it to the end. */
class AuthoringUiTest extends KaribuTest {

    @Autowired
    CourseDraftService drafts;

    String courseId;

    @BeforeEach
    void trainer() {
        login(fixtures.staff("Authoring trainer", Role.TRAINER));
        courseId = "authored-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void trainer_writes_and_publishes_a_course_and_a_learner_completes_it() throws IOException {
        createCourse();
        _get(TextArea.class, spec -> spec.withLabel("Lesson text (English)"))
                .setValue("## Why a plan matters\n\nA CBO with a plan speaks with one voice at the commune council.");

        _get(TextField.class, spec -> spec.withLabel("Question in English")).setValue("Who speaks for the CBO?");
        List<TextField> options = IntStream.rangeClosed(1, 2)
                .mapToObj(i -> _get(TextField.class, spec -> spec.withLabel("Option " + i))).toList();
        List<TextField> feedback = _find(TextField.class, spec -> spec.withLabel("Feedback"));
        options.get(0).setValue("The members, together");
        feedback.get(0).setValue("Right: the plan is the members' shared voice.");
        _find(Checkbox.class, spec -> spec.withLabel("Correct")).get(0).setValue(true);
        options.get(1).setValue("Only the leader");
        feedback.get(1).setValue("Not quite: the plan belongs to all members.");
        _click(_get(Button.class, spec -> spec.withText("Add question")));
        _get(ListItem.class, spec -> spec.withText("Who speaks for the CBO?"));

        UploadKt._upload(_get(Upload.class), "plan-guide.pdf", "application/pdf", SamplePdf.of("How to write an action plan"));
        MockVaadin.clientRoundtrip();
        _get(ListItem.class, spec -> spec.withText("handouts/plan-guide.pdf"));
        assertThat(drafts.files(courseId)).containsKey("handouts/plan-guide.pdf");
        assertThat(drafts.problems(courseId)).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Publish")));
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "")
                .contains("The course is published."));
        _get(CoursesView.class);
        assertThat(drafts.status(courseId)).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(rowOf("Planning together")).containsSequence("Planning together", "Published");

        logout();
        SignedInUser learner = fixtures.learner(fixtures.cbo("Authoring CBO"), "Keo Sophea");
        login(learner);
        navigate("learn/" + courseId);
        _click(_get(Button.class, spec -> spec.withText("Start")));
        _get(LessonView.class);
        _get(H2.class, spec -> spec.withText("Lesson 1"));
        _click(_get(Button.class, spec -> spec.withText("Mark as done and continue")));
        _get(QuizView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> answer = _get(RadioButtonGroup.class);
        answer.setValue(answer.getListDataView().getItem(0)); // the first option is the right one
        _click(_get(Button.class, spec -> spec.withText("Check my answers")));
        _get(H2.class, spec -> spec.withText("You scored 100%: passed (pass mark 70%)"));

        navigate("learn/" + courseId);
        _get(Span.class, spec -> spec.withText("Completed").withClasses("kasang-progress-label"));
    }

    @Test
    void an_uploaded_image_goes_into_the_lesson_text_and_reaches_learners_as_a_lazy_image() throws IOException {
        createCourse();
        var image = new java.awt.image.BufferedImage(30, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);

        UploadKt._upload(_get(Upload.class), "council.png", "image/png", png.toByteArray());
        MockVaadin.clientRoundtrip();

        assertThat(drafts.files(courseId)).containsKey("images/council.png");
        assertThat(new String(drafts.files(courseId).get("lessons/lesson-1.en.md"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("![council.png](images/council.png)");
        assertThat(drafts.problems(courseId)).doesNotContain("images/council.png");
    }

    @Test
    void a_web_page_named_pdf_is_refused_and_the_draft_stays_as_it_was() {
        createCourse();
        Map<String, byte[]> before = drafts.files(courseId);
        byte[] page = "<!DOCTYPE html><html><head><script>alert(1)</script></head><body>Hi</body></html>"
                .getBytes(StandardCharsets.UTF_8);

        UploadKt._upload(_get(Upload.class), "page.pdf", "application/pdf", page);
        MockVaadin.clientRoundtrip();

        String message = UI.getCurrent().getTranslation("attachment.error.not-allowed", "page.pdf");
        assertThat(message).startsWith("page.pdf is not a kind of file");
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> n.getElement().getProperty("text", "").equals(message));
        Map<String, byte[]> after = drafts.files(courseId);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after).allSatisfy((path, bytes) -> assertThat(Arrays.equals(bytes, before.get(path))).as(path).isTrue());
        assertThat(_find(ListItem.class, spec -> spec.withText("handouts/page.pdf"))).isEmpty();
    }

    @Test
    void the_preview_shows_raw_html_as_text_and_runs_no_script() {
        createCourse();
        _get(TextArea.class, spec -> spec.withLabel("Lesson text (English)"))
                .setValue("Hello <script>alert(1)</script> <img src=x onerror=alert(1)> **bold**");

        Div preview = _get(Div.class, spec -> spec.withClasses("kasang-preview"));
        String html = ((Html) preview.getChildren().findFirst().orElseThrow()).getInnerHtml();
        assertThat(html).contains("<strong>bold</strong>").contains("&lt;script&gt;")
                .doesNotContain("<script").doesNotContain("<img");
        assertThat(org.jsoup.Jsoup.parse(html).select("script, [onerror]")).isEmpty();
    }

    @Test
    void lessons_are_added_and_reordered_and_bad_details_are_not_saved() {
        createCourse();
        _click(_get(Button.class, spec -> spec.withText("Add lesson")));
        _click(_find(Button.class, spec -> spec.withText("Move up")).get(1));
        assertThat(lessonIds()).containsExactly("lesson-2", "lesson-1");

        _get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withLabel("Estimated time in minutes"))
                .setValue(0);
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        var minutes = _get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withLabel("Estimated time in minutes"));
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("Enter a whole number of minutes, 1 or more");
        assertThat(new String(drafts.files(courseId).get("course.yaml"), StandardCharsets.UTF_8))
                .contains("estimatedMinutes: 10");
    }

    private List<String> lessonIds() {
        var manifest = org.kasang.catalogue.internal.PackageYaml.read(drafts.files(courseId).get("course.yaml"),
                org.kasang.catalogue.internal.PackageManifest.class);
        return manifest.modules().get(0).lessons().stream().map(l -> l.id()).toList();
    }

    private void createCourse() {
        CourseCreation.inTheUi(courseId, "Planning together", "ការធ្វើផែនការរួមគ្នា");
        assertThat(drafts.status(courseId)).isEqualTo(CourseStatus.DRAFT);
    }

    private static List<String> rowOf(String title) {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i))
                .filter(row -> row.get(0).equals(title)).findFirst().orElseThrow();
    }

}
