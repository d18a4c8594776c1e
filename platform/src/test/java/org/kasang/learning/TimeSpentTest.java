package org.kasang.learning;

import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.QuizKey;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.CourseOutline;
import org.kasang.catalogue.ItemType;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasang.Fixtures.COURSE;

/** Time spent is estimated from the learning record: each item from launch to done, pauses capped at 30 minutes. */
class TimeSpentTest extends IntegrationTest {

    static final String FINAL = COURSE + "/budget-cycle-final";
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    LearningService learning;
    @Autowired
    FacilitatedLearning facilitated;
    @Autowired
    ProgressQueries progress;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    QuizKey quizKey;
    @Autowired
    JdbcClient jdbc;

    @Test
    void each_item_counts_from_launch_to_done_with_pauses_capped_and_facilitated_lessons_at_their_estimate() {
        long cbo = fixtures.cbo("Time spent CBO");
        SignedInUser member = fixtures.learner(cbo, "Sam Phalla");
        SignedInUser coach = fixtures.coachOf(cbo);
        signInAs(member);
        List<CourseOutline.Item> lessons = catalogue.outline(COURSE).items().stream()
                .filter(i -> i.type() == ItemType.LESSON).limit(3).toList();
        String first = lessons.get(0).id();
        String second = lessons.get(1).id();
        CourseOutline.Item third = lessons.get(2);

        learning.open(COURSE, first);
        learning.completeLesson(COURSE, first);
        learning.open(COURSE, second);
        learning.completeLesson(COURSE, second);
        learning.open(COURSE, FINAL);
        learning.submitQuiz(COURSE, FINAL, "first", quizKey.wrongAnswers(FINAL));
        learning.submitQuiz(COURSE, FINAL, "second", quizKey.rightAnswers(FINAL));
        long me = member.personId();
        at(me, "LAUNCHED", first, T0);
        at(me, "COMPLETED", first, T0.plus(minutes(12)));                 // 12 minutes reading
        at(me, "LAUNCHED", second, T0.plus(minutes(13)));                 // moving on: not counted
        at(me, "COMPLETED", second, T0.plus(Duration.ofHours(23)));       // left open overnight: 30, not 22 h 47
        at(me, "LAUNCHED", FINAL, T0.plus(Duration.ofHours(23)).plus(minutes(5)));
        at(me, "FAILED", FINAL, T0.plus(Duration.ofHours(23)).plus(minutes(15)));  // 10 minutes on the quiz
        at(me, "PASSED", FINAL, T0.plus(Duration.ofHours(23)).plus(minutes(20)));  // the retake: 5 more

        signInAs(coach);
        facilitated.recordSession(cbo, System.nanoTime(), COURSE, List.of(third.id()), Set.of(me),
                T0.plus(Duration.ofDays(2)));
        SignedInUser other = fixtures.learner(cbo, "Other member");
        signInAs(other);
        learning.open(COURSE, first);
        learning.completeLesson(COURSE, first);

        signInAs(coach);
        TimeSpent time = progress.timeSpent(cbo, me);
        int expected = 12 + 30 + 10 + 5 + third.estimatedMinutes();
        assertThat(third.estimatedMinutes()).isPositive();
        assertThat(time.minutes(COURSE)).isEqualTo(expected);
        assertThat(time.totalMinutes()).isEqualTo(expected);
        assertThat(time.maxGapMinutes()).isEqualTo(30);

        signInAs(fixtures.coachOf(fixtures.cbo("Not Sam Phalla's CBO")));
        assertThatThrownBy(() -> progress.timeSpent(cbo, me)).isInstanceOf(AccessDeniedException.class);
    }

    private void at(long person, String verb, String item, Instant when) {
        int updated = jdbc.sql("update learning_record set occurred_at = ? where person_id = ? and verb = ? and object_id = ?")
                .params(Timestamp.from(when), person, verb, item).update();
        assertThat(updated).as(verb + " " + item).isEqualTo(1);
    }

    private static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }
}
