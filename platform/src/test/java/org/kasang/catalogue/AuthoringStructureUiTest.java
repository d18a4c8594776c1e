package org.kasang.catalogue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.catalogue.internal.PackageManifest;
import org.kasang.catalogue.internal.PackageYaml;
import org.kasang.catalogue.ui.CourseEditorView;
import org.kasang.catalogue.ui.CoursesView;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A trainer shapes a course: modules added and reordered, quiz questions edited and deleted, an assignment written. */
class AuthoringStructureUiTest extends KaribuTest {

    @Autowired
    CourseDraftService drafts;

    @Autowired
    JdbcClient jdbc;

    String courseId;

    @BeforeEach
    void trainer() {
        login(fixtures.staff("Structure trainer", Role.TRAINER));
        courseId = "structured-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_module_is_added_renamed_and_moved_up() {
        createCourse();
        _click(_get(Button.class, spec -> spec.withText("Add module")));
        assertThat(manifest().modules()).hasSize(2);
        assertThat(manifest().modules().get(1).lessons()).hasSize(1);

        _find(TextField.class, spec -> spec.withLabel("Module title in English")).get(1).setValue("Getting ready");
        _click(_find(Button.class, spec -> spec.withText("Move module up")).get(1));

        PackageManifest saved = manifest();
        assertThat(saved.modules()).extracting(PackageManifest.Module::id).containsExactly("module-2", "module-1");
        assertThat(saved.modules().get(0).title().values()).containsEntry("en", "Getting ready");
        assertThat(saved.modules().get(0).lessons()).extracting(PackageManifest.Lesson::id).containsExactly("lesson-2");
        assertThat(drafts.problems(courseId)).isEmpty();
    }

    @Test
    void a_question_is_edited_and_another_deleted() {
        createCourse();
        addQuestion("First question", "Yes", "No");
        addQuestion("Second question", "Red", "Blue");

        _click(_find(Button.class, spec -> spec.withText("Edit")).get(0));
        _get(TextField.class, spec -> spec.withLabel("Question in English")).setValue("First question, edited");
        _get(TextField.class, spec -> spec.withLabel("Option 2")).setValue("Not at all");
        _click(_get(Button.class, spec -> spec.withText("Save question")));
        _click(_find(Button.class, spec -> spec.withText("Delete")).get(1));

        _get(ListItem.class, spec -> spec.withText("First question, edited"));
        assertThat(_find(ListItem.class, spec -> spec.withText("Second question"))).isEmpty();
        PackageManifest.Quiz quiz = PackageYaml.read(drafts.files(courseId).get("quiz-final.yaml"), PackageManifest.Quiz.class);
        assertThat(quiz.questions()).hasSize(1);
        PackageManifest.Question question = quiz.questions().get(0);
        assertThat(question.id()).isEqualTo("q1");
        assertThat(question.prompt().values()).containsEntry("en", "First question, edited");
        assertThat(question.options()).extracting(o -> o.text().values().get("en")).containsExactly("Yes", "Not at all");
        assertThat(question.options()).extracting(PackageManifest.Option::correct).containsExactly(true, false);
        assertThat(drafts.problems(courseId)).isEmpty();
    }

    @Test
    void an_assignment_with_fields_and_a_rubric_is_published() {
        createCourse();
        _click(_get(Button.class, spec -> spec.withText("Add an assignment")));
        _get(TextField.class, spec -> spec.withLabel("Assignment title in English")).setValue("Your action plan");
        _get(TextField.class, spec -> spec.withLabel("Assignment title in Khmer")).setValue("ផែនការសកម្មភាពរបស់អ្នក");
        _get(TextArea.class, spec -> spec.withLabel("Instructions in English (Markdown)"))
                .setValue("Write **one** action your CBO will take this month.");

        addField("action", "long-text", "What will you do?", null);
        addField("who", "choice", "Who leads it?", "The leader\nAll members");

        addLevel("beginning", 1, "Beginning");
        addLevel("good", 2, "Good");
        _get(TextField.class, spec -> spec.withLabel("Criterion id")).setValue("clarity");
        _get(TextField.class, spec -> spec.withLabel("Criterion title in English")).setValue("The action is clear");
        _get(TextField.class, spec -> spec.withLabel("Descriptor: Beginning")).setValue("Vague or missing.");
        _get(TextField.class, spec -> spec.withLabel("Descriptor: Good")).setValue("Clear: who, what and when.");
        _click(_get(Button.class, spec -> spec.withText("Add criterion")));

        assertThat(drafts.problems(courseId)).isEmpty();
        PackageManifest.Module module = manifest().modules().get(0);
        assertThat(module.assignment()).isEqualTo("assignment-practical-1.yaml");
        PackageManifest.Assignment assignment = PackageYaml.read(drafts.files(courseId).get(module.assignment()),
                PackageManifest.Assignment.class);
        assertThat(assignment.fields()).extracting(PackageManifest.Field::id).containsExactly("action", "who");
        assertThat(assignment.fields().get(1).options()).hasSize(2);
        assertThat(assignment.rubric().criteria().get(0).descriptors()).containsOnlyKeys("beginning", "good");

        _click(_get(Button.class, spec -> spec.withText("Publish")));
        _get(CoursesView.class);
        assertThat(drafts.status(courseId)).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(jdbc.sql("select count(*) from assignment where course_id = ?").param(courseId)
                .query(Long.class).single()).isEqualTo(1L);
    }

    private void addQuestion(String prompt, String right, String wrong) {
        _get(TextField.class, spec -> spec.withLabel("Question in English")).setValue(prompt);
        _get(TextField.class, spec -> spec.withLabel("Option 1")).setValue(right);
        _get(TextField.class, spec -> spec.withLabel("Option 2")).setValue(wrong);
        List<TextField> feedback = _find(TextField.class, spec -> spec.withLabel("Feedback"));
        feedback.get(0).setValue("Right.");
        feedback.get(1).setValue("Not quite.");
        _find(Checkbox.class, spec -> spec.withLabel("Correct")).get(0).setValue(true);
        _click(_get(Button.class, spec -> spec.withText("Add question")));
    }

    @SuppressWarnings("unchecked")
    private void addField(String id, String kind, String label, String options) {
        _get(TextField.class, spec -> spec.withLabel("Field id")).setValue(id);
        _get(Select.class, spec -> spec.withLabel("Kind of field")).setValue(kind);
        _get(TextField.class, spec -> spec.withLabel("Field label in English")).setValue(label);
        if (options != null) {
            _get(TextArea.class, spec -> spec.withLabel("Options, one per line")).setValue(options);
        }
        _click(_get(Button.class, spec -> spec.withText("Add field")));
    }

    private void addLevel(String id, int points, String label) {
        _get(TextField.class, spec -> spec.withLabel("Level id")).setValue(id);
        _get(IntegerField.class, spec -> spec.withLabel("Points")).setValue(points);
        _get(TextField.class, spec -> spec.withLabel("Level label in English")).setValue(label);
        _click(_get(Button.class, spec -> spec.withText("Add level")));
    }

    private PackageManifest manifest() {
        return PackageYaml.read(drafts.files(courseId).get("course.yaml"), PackageManifest.class);
    }

    private void createCourse() {
        CourseCreation.inTheUi(courseId, "Acting together", "ធ្វើសកម្មភាពរួមគ្នា");
    }
}
