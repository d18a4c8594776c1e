package org.kasang.catalogue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.catalogue.internal.PackageManifest;
import org.kasang.catalogue.internal.PackageYaml;
import org.kasang.catalogue.ui.CourseEditorView;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** In a course that lists Khmer, the trainer writes the quiz in both languages; in an English-only one, only English. */
class KhmerAuthoringUiTest extends KaribuTest {

    @Autowired
    CourseDraftService drafts;

    String courseId;

    @BeforeEach
    void trainer() {
        login(fixtures.staff("Khmer authoring trainer", Role.TRAINER));
        courseId = "khmer-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_english_only_course_shows_no_khmer_quiz_fields() {
        createCourse();
        _get(TextField.class, spec -> spec.withLabel("Question in English"));
        assertThat(_find(TextField.class, spec -> spec.withLabel("Question in Khmer"))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withLabel("Feedback in Khmer"))).isEmpty();
    }

    @Test
    void a_bilingual_course_saves_the_khmer_question_options_and_feedback() {
        createCourse();
        makeBilingual();
        navigate("trainer/courses/" + courseId + "/edit");
        _get(CourseEditorView.class);

        _get(TextField.class, spec -> spec.withLabel("Question in English")).setValue("Who speaks for the CBO?");
        _get(TextField.class, spec -> spec.withLabel("Question in Khmer")).setValue("តើនរណានិយាយជំនួស CBO?");
        _get(TextField.class, spec -> spec.withLabel("Option 1")).setValue("The members, together");
        _get(TextField.class, spec -> spec.withLabel("Option 1 in Khmer")).setValue("សមាជិកទាំងអស់គ្នា");
        _get(TextField.class, spec -> spec.withLabel("Option 2")).setValue("Only the leader");
        _get(TextField.class, spec -> spec.withLabel("Option 2 in Khmer")).setValue("តែមេដឹកនាំប៉ុណ្ណោះ");
        List<TextField> feedback = _find(TextField.class, spec -> spec.withLabel("Feedback"));
        List<TextField> feedbackKm = _find(TextField.class, spec -> spec.withLabel("Feedback in Khmer"));
        feedback.get(0).setValue("Right: the plan is the members' shared voice.");
        feedbackKm.get(0).setValue("ត្រឹមត្រូវ៖ ផែនការគឺជាសំឡេងរួមរបស់សមាជិក។");
        feedback.get(1).setValue("Not quite: the plan belongs to all members.");
        feedbackKm.get(1).setValue("មិនទាន់ត្រូវទេ៖ ផែនការជារបស់សមាជិកទាំងអស់។");
        _find(Checkbox.class, spec -> spec.withLabel("Correct")).get(0).setValue(true);
        _click(_get(Button.class, spec -> spec.withText("Add question")));
        _get(ListItem.class, spec -> spec.withText("Who speaks for the CBO?"));

        PackageManifest.Quiz quiz = PackageYaml.read(drafts.files(courseId).get("quiz-final.yaml"), PackageManifest.Quiz.class);
        PackageManifest.Question question = quiz.questions().get(0);
        assertThat(question.prompt().values()).containsEntry("en", "Who speaks for the CBO?")
                .containsEntry("km", "តើនរណានិយាយជំនួស CBO?");
        assertThat(question.options()).extracting(o -> o.text().values().get("km"))
                .containsExactly("សមាជិកទាំងអស់គ្នា", "តែមេដឹកនាំប៉ុណ្ណោះ");
        assertThat(question.options()).extracting(o -> o.feedback().values().get("km"))
                .containsExactly("ត្រឹមត្រូវ៖ ផែនការគឺជាសំឡេងរួមរបស់សមាជិក។", "មិនទាន់ត្រូវទេ៖ ផែនការជារបស់សមាជិកទាំងអស់។");
        assertThat(drafts.problems(courseId)).noneMatch(p -> p.contains("quiz-final.yaml"))
                .noneMatch(p -> p.contains("has no km text"));
    }

    private void makeBilingual() {
        Map<String, byte[]> files = new TreeMap<>(drafts.files(courseId));
        PackageManifest m = PackageYaml.read(files.get("course.yaml"), PackageManifest.class);
        PackageManifest bilingual = new PackageManifest(m.id(), m.version(), List.of("en", "km"), m.title(), m.summary(),
                m.topic(), m.audience(), m.estimatedMinutes(), m.completionRule(), m.translationNotes(), m.modules());
        files.put("course.yaml", PackageYaml.write(bilingual));
        String lesson = bilingual.modules().get(0).lessons().get(0).file();
        assertThat(lesson).isEqualTo("lessons/lesson-1");
        files.put(lesson + ".km.md", "## ហេតុអ្វីផែនការសំខាន់\n\nCBO ដែលមានផែនការ និយាយដោយសំឡេងតែមួយ។"
                .getBytes(StandardCharsets.UTF_8));
        drafts.save(courseId, files);
    }

    private void createCourse() {
        CourseCreation.inTheUi(courseId, "Planning together", "ការធ្វើផែនការរួមគ្នា");
        assertThat(drafts.status(courseId)).isEqualTo(CourseStatus.DRAFT);
    }
}
