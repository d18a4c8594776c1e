package org.kasang.learning;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.Fixtures;
import org.kasang.IntegrationTest;
import org.kasang.QuizKey;
import org.kasang.RecordedEvents;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.common.InvalidInput;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasang.Fixtures.COURSE;

class LearningServiceTest extends IntegrationTest {

    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QuizKey quizKey;
    @Autowired
    RecordedEvents events;

    long cbo;
    SignedInUser learner;
    CourseOutline outline;

    @BeforeEach
    void learnerInCbo() {
        cbo = fixtures.cbo("Learning test CBO");
        learner = fixtures.learner(cbo, "Chan Dara");
        signInAs(learner);
        outline = catalogue.outline(COURSE);
    }

    @Test
    void enrolling_twice_records_once_and_counts_once_for_the_cbo() {
        learning.enrol(COURSE);
        learning.enrol(COURSE);

        assertThat(records("REGISTERED")).isEqualTo(1);
        assertThat(summary("enrolled")).isEqualTo(1);
        assertThat(learning.progress(COURSE).status()).isEqualTo(CourseStatus.ENROLLED);
    }

    @Test
    void completing_a_lesson_twice_records_once() {
        String first = lessons().get(0);
        learning.completeLesson(COURSE, first);
        CourseProgress progress = learning.completeLesson(COURSE, first);

        assertThat(records("COMPLETED")).isEqualTo(1);
        assertThat(progress.itemsCompleted()).isEqualTo(1);
        assertThat(progress.statusOf(first)).isEqualTo(ItemStatus.COMPLETED);
        assertThat(summary("in_progress")).isEqualTo(1);
    }

    @Test
    void a_double_click_from_two_requests_at_once_records_once() throws Exception {
        String first = lessons().get(0);
        learning.enrol(COURSE);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var start = new CountDownLatch(1);
        Callable<CourseProgress> click = () -> {
            SecurityContextHolder.getContext().setAuthentication(auth);
            start.await();
            try {
                return learning.completeLesson(COURSE, first);
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(click);
            var b = pool.submit(click);
            start.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }

        assertThat(records("COMPLETED")).isEqualTo(1);
        assertThat(learning.progress(COURSE).itemsCompleted()).isEqualTo(1);
    }

    @Test
    void coming_back_resumes_at_the_next_lesson_or_where_the_learner_stopped() {
        List<String> lessons = lessons();
        learning.completeLesson(COURSE, lessons.get(0));
        assertThat(learning.progress(COURSE).resumeItemId()).isEqualTo(lessons.get(1));

        learning.open(COURSE, lessons.get(3));
        assertThat(learning.progress(COURSE).resumeItemId()).isEqualTo(lessons.get(3));
        assertThat(learning.progress(COURSE).statusOf(lessons.get(3))).isEqualTo(ItemStatus.STARTED);
    }

    @Test
    void a_quiz_attempt_is_graded_counted_once_and_the_best_score_kept() {
        String quiz = quizzes().get(0);
        Map<String, Set<String>> wrong = quizKey.wrongAnswers(quiz);
        QuizOutcome failed = learning.submitQuiz(COURSE, quiz, "attempt-1", wrong);
        QuizOutcome resent = learning.submitQuiz(COURSE, quiz, "attempt-1", wrong);

        assertThat(failed.grade().passed()).isFalse();
        assertThat(failed.grade().scorePercent()).isZero();
        assertThat(failed.canRetry()).isTrue();
        assertThat(resent.attemptsUsed()).isEqualTo(1);
        assertThat(failed.grade().questions()).allSatisfy(q -> assertThat(q.feedback()).isNotEmpty());

        QuizOutcome passed = learning.submitQuiz(COURSE, quiz, "attempt-2", quizKey.rightAnswers(quiz));
        assertThat(passed.grade().scorePercent()).isEqualTo(100);
        assertThat(passed.grade().passed()).isTrue();
        assertThat(passed.attemptsUsed()).isEqualTo(2);

        QuizOutcome worse = learning.submitQuiz(COURSE, quiz, "attempt-3", wrong);
        assertThat(worse.bestScore()).isEqualTo(100);
        assertThat(learning.progress(COURSE).statusOf(quiz)).isEqualTo(ItemStatus.COMPLETED);
    }

    @Test
    void an_attempt_without_an_id_is_refused_and_changes_nothing() {
        String quiz = quizzes().get(0);
        assertThatThrownBy(() -> learning.submitQuiz(COURSE, quiz, " ", quizKey.rightAnswers(quiz)))
                .isInstanceOf(InvalidInput.class).hasMessage("quiz.error.attempt");
        assertThat(learning.progress(COURSE).enrolled()).isFalse();
    }

    @Test
    void the_course_completes_by_its_rule_once_and_the_cbo_summary_follows() {
        for (CourseOutline.Item item : outline.items()) {
            if (item.type() == ItemType.LESSON) {
                learning.completeLesson(COURSE, item.id());
            } else if (item.type() == ItemType.ASSIGNMENT) {
                learning.assignmentSubmitted(COURSE, item.id(), 1);
            } else {
                assertThat(learning.progress(COURSE).status()).isNotEqualTo(CourseStatus.COMPLETED);
                learning.submitQuiz(COURSE, item.id(), "pass-" + item.id(), quizKey.rightAnswers(item.id()));
            }
        }
        learning.completeLesson(COURSE, lessons().get(0));

        CourseProgress progress = learning.progress(COURSE);
        assertThat(progress.status()).isEqualTo(CourseStatus.COMPLETED);
        assertThat(progress.percent()).isEqualTo(100);
        // Each lesson, the assignment and the course itself.
        assertThat(records("COMPLETED")).isEqualTo(lessons().size() + 2);
        assertThat(summary("completed")).isEqualTo(1);
        assertThat(summary("in_progress")).isZero();
        assertThat(events.completions()).filteredOn(e -> e.personId() == learner.personId()).hasSize(1);
    }

    @Test
    void every_record_carries_its_cbo_course_version_and_mode() {
        learning.completeLesson(COURSE, lessons().get(0));
        var rows = jdbc.sql("select cbo_id, course_version, mode from learning_record where person_id = ?")
                .param(learner.personId()).query().listOfRows();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("cbo_id")).isEqualTo(cbo);
            assertThat(row.get("course_version")).isEqualTo(outline.version());
            assertThat(row.get("mode")).isEqualTo("SELF");
        });
    }

    private List<String> lessons() {
        return outline.items().stream().filter(i -> i.type() == ItemType.LESSON).map(CourseOutline.Item::id).toList();
    }

    private List<String> quizzes() {
        return outline.items().stream().filter(i -> i.type() == ItemType.QUIZ).map(CourseOutline.Item::id).toList();
    }

    private long records(String verb) {
        return jdbc.sql("select count(*) from learning_record where person_id = ? and verb = ?")
                .params(learner.personId(), verb).query(Long.class).single();
    }

    private int summary(String column) {
        return jdbc.sql("select " + column + " from cbo_course_summary where cbo_id = ? and course_id = ?")
                .params(cbo, COURSE).query(Integer.class).optional().orElse(0);
    }
}
