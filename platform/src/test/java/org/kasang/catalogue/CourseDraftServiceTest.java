package org.kasang.catalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.catalogue.internal.InvalidPackage;
import org.kasang.learning.ItemStatus;
import org.kasang.learning.LearningService;
import org.kasang.security.Role;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trainers change a course as a draft and publish it; learners keep their progress; archiving keeps records. */
class CourseDraftServiceTest extends IntegrationTest {

    @Autowired
    CourseDraftService drafts;
    @Autowired
    CourseImportService imports;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    LearningService learning;

    SignedInUser trainer;
    String courseId;

    @BeforeEach
    void aPublishedCourse() {
        trainer = fixtures.staff("Drafting trainer", Role.TRAINER);
        signInAs(trainer);
        courseId = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, byte[]> files = renamed(drafts.files("budget-literacy"), "budget-literacy", courseId);
        drafts.save(courseId, files);
        assertThat(drafts.status(courseId)).isEqualTo(CourseStatus.DRAFT);
        drafts.publish(courseId);
    }

    @Test
    void republishing_a_changed_course_keeps_the_learners_progress() {
        String lesson = courseId + "/what-is-a-commune-budget";
        SignedInUser learner = fixtures.learner(fixtures.cbo("Draft CBO"), "Yim Sreypich");
        signInAs(learner);
        learning.completeLesson(courseId, lesson);

        signInAs(trainer);
        Map<String, byte[]> files = new HashMap<>(drafts.files(courseId));
        files.put("lessons/what-is-a-commune-budget.en.md", "## Revised\n\nThe revised lesson text.".getBytes(StandardCharsets.UTF_8));
        drafts.save(courseId, files);
        assertThat(drafts.status(courseId)).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(drafts.publish(courseId).outcome()).isEqualTo("UPDATED");

        assertThat(catalogue.course(courseId).version()).isEqualTo(catalogue.course("budget-literacy").version() + 1);
        signInAs(learner);
        assertThat(catalogue.lesson(lesson, Locale.ENGLISH).html()).contains("The revised lesson text.");
        assertThat(learning.progress(courseId).statusOf(lesson)).isEqualTo(ItemStatus.COMPLETED);
    }

    @Test
    void a_broken_draft_lists_its_problems_and_publishing_it_changes_nothing() {
        Map<String, byte[]> files = new HashMap<>(drafts.files(courseId));
        files.remove("lessons/budget-calendar.en.md");
        drafts.save(courseId, files);

        assertThat(drafts.problems(courseId)).anyMatch(p -> p.contains("lesson budget-calendar has no en text"));
        int version = catalogue.course(courseId).version();
        assertThatThrownBy(() -> drafts.publish(courseId)).isInstanceOf(InvalidPackage.class);
        assertThat(catalogue.course(courseId).version()).isEqualTo(version);
        assertThat(drafts.problems(courseId)).isNotEmpty();
    }

    @Test
    void an_archived_course_leaves_the_catalogue_and_keeps_its_records() {
        SignedInUser learner = fixtures.learner(fixtures.cbo("Archive CBO"), "Chhay Bora");
        signInAs(learner);
        learning.enrol(courseId);

        signInAs(trainer);
        drafts.archive(courseId);
        assertThat(drafts.status(courseId)).isEqualTo(CourseStatus.ARCHIVED);
        assertThat(catalogue.publishedCourses()).extracting(CourseSummary::id).doesNotContain(courseId);

        signInAs(learner);
        assertThat(learning.myCourses()).extracting(p -> p.courseId()).contains(courseId);
    }

    private static Map<String, byte[]> renamed(Map<String, byte[]> files, String from, String to) {
        Map<String, byte[]> copy = new HashMap<>(files);
        String manifest = new String(copy.get("course.yaml"), StandardCharsets.UTF_8).replaceFirst("(?m)^id: " + from, "id: " + to);
        copy.put("course.yaml", manifest.getBytes(StandardCharsets.UTF_8));
        return copy;
    }
}
