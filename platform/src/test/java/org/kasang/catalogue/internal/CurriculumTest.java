package org.kasang.catalogue.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme's six courses ship complete: the sizes the curriculum asks for, Khmer where it must be. */
class CurriculumTest {

    static List<CoursePackage> courses = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        for (var manifest : new PathMatchingResourcePatternResolver().getResources("classpath*:courses/*/course.yaml")) {
            courses.add(new CoursePackageReader().read(new ClasspathPackageFiles(manifest)));
        }
    }

    @Test
    void the_six_programme_courses_ship() {
        assertThat(courses).extracting(c -> c.manifest().id()).contains("budget-literacy", "gender-budgeting",
                "advocacy-planning", "right-to-information", "social-accountability", "sustaining-a-cbo");
        assertThat(courses).extracting(c -> c.manifest().topic()).contains("budget-literacy", "gender-budgeting",
                "advocacy", "right-to-information", "public-services", "organisational-development");
    }

    @Test
    void each_has_three_modules_ten_lessons_a_quiz_of_ten_with_feedback_and_an_assignment_with_a_rubric() {
        assertThat(courses).allSatisfy(course -> {
            var m = course.manifest();
            assertThat(m.modules()).as(m.id() + " modules").hasSizeGreaterThanOrEqualTo(3);
            assertThat(m.modules().stream().mapToInt(module -> module.lessons().size()).sum())
                    .as(m.id() + " lessons").isGreaterThanOrEqualTo(10);
            assertThat(course.quizzesByModule().values()).as(m.id() + " quiz")
                    .anySatisfy(quiz -> assertThat(quiz.questions()).hasSizeGreaterThanOrEqualTo(10)
                            .allSatisfy(q -> assertThat(q.options()).allSatisfy(o -> assertThat(o.feedback().has("en")).isTrue())));
            assertThat(course.assignmentsByModule().values()).as(m.id() + " assignment").singleElement()
                    .satisfies(a -> assertThat(a.rubric().criteria()).isNotEmpty());
            assertThat(m.title().has("km") && m.summary().has("km")).as(m.id() + " Khmer title and summary").isTrue();
        });
    }

    @Test
    void one_course_is_wholly_in_khmer_and_says_its_translation_awaits_review() {
        assertThat(courses).filteredOn(c -> c.manifest().languages().contains("km")).anySatisfy(course -> {
            assertThat(course.lessonBodies().values()).allSatisfy(text -> assertThat(text.has("km")).isTrue());
            assertThat(course.manifest().translationNotes().get("km")).containsIgnoringCase("awaiting review by a native speaker");
        });
    }
}
