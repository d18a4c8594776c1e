package org.kasang.learning;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasang.IntegrationTest;
import org.kasang.catalogue.CatalogueService;
import org.kasang.catalogue.ItemType;
import org.kasang.common.InvalidInput;
import org.kasang.security.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasang.Fixtures.COURSE;

class FacilitatedLearningTest extends IntegrationTest {

    @Autowired
    FacilitatedLearning facilitated;
    @Autowired
    LearningService learning;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.kasang.QuizKey quizKey;
    @Autowired
    org.kasang.RecordedEvents events;

    long cbo;
    SignedInUser coach;
    SignedInUser sokha;
    SignedInUser dara;
    List<String> lessons;
    long session;

    @BeforeEach
    void cboWithTwoMembers() {
        cbo = fixtures.cbo("Facilitated CBO");
        sokha = fixtures.learner(cbo, "Keo Sokha");
        dara = fixtures.learner(cbo, "Lim Dara");
        coach = fixtures.coachOf(cbo);
        signInAs(coach);
        lessons = catalogue.outline(COURSE).items().stream().filter(i -> i.type() == ItemType.LESSON)
                .map(i -> i.id()).limit(2).toList();
        session = System.nanoTime();
    }

    @Test
    void records_say_facilitated_and_carry_the_session() {
        facilitated.recordSession(cbo, session, COURSE, lessons, Set.of(sokha.personId(), dara.personId()), Instant.now());

        var rows = jdbc.sql("""
                        select person_id, mode, session_id, recorded_by from learning_record
                        where course_id = ? and cbo_id = ? and verb = 'COMPLETED' and object_type = 'LESSON'""")
                .params(COURSE, cbo).query().listOfRows();
        assertThat(rows).hasSize(4).allSatisfy(row -> {
            assertThat(row.get("mode")).isEqualTo("FACILITATED");
            assertThat(row.get("session_id")).isEqualTo(session);
            assertThat(row.get("recorded_by")).isEqualTo(coach.accountId());
        });
        assertThat(jdbc.sql("select distinct mode from item_state where person_id = ? and course_id = ?")
                .params(sokha.personId(), COURSE).query(String.class).list()).containsExactly("FACILITATED");

        signInAs(sokha);
        CourseProgress progress = learning.progress(COURSE);
        assertThat(progress.status()).isEqualTo(CourseStatus.IN_PROGRESS);
        assertThat(progress.itemsCompleted()).isEqualTo(2);
        assertThat(lessons).allSatisfy(l -> assertThat(progress.statusOf(l)).isEqualTo(ItemStatus.COMPLETED));
    }

    @Test
    void a_repeated_session_records_nothing_new_and_the_cbo_counts_each_member_once() {
        facilitated.recordSession(cbo, session, COURSE, lessons, Set.of(sokha.personId(), dara.personId()), Instant.now());
        long before = jdbc.sql("select count(*) from learning_record where cbo_id = ?").param(cbo).query(Long.class).single();
        facilitated.recordSession(cbo, session, COURSE, lessons, Set.of(sokha.personId(), dara.personId()), Instant.now());

        assertThat(jdbc.sql("select count(*) from learning_record where cbo_id = ?").param(cbo).query(Long.class).single())
                .isEqualTo(before);
        Map<String, Object> summary = jdbc.sql("select enrolled, in_progress, completed from cbo_course_summary where cbo_id = ? and course_id = ?")
                .params(cbo, COURSE).query().singleRow();
        assertThat(summary).containsEntry("enrolled", 2).containsEntry("in_progress", 2).containsEntry("completed", 0);
    }

    @Test
    void a_course_finished_in_a_session_counts_as_completed_in_a_facilitated_session() {
        signInAs(sokha);
        catalogue.outline(COURSE).items().stream().filter(i -> i.type() == ItemType.QUIZ)
                .forEach(q -> learning.submitQuiz(COURSE, q.id(), "pass-" + q.id(), quizKey.rightAnswers(q.id())));
        List<String> allLessons = catalogue.outline(COURSE).items().stream().filter(i -> i.type() == ItemType.LESSON)
                .map(i -> i.id()).toList();
        signInAs(coach);

        facilitated.recordSession(cbo, session, COURSE, allLessons, Set.of(sokha.personId()), Instant.now());

        assertThat(jdbc.sql("select status, completed_mode from course_state where person_id = ? and course_id = ?")
                .params(sokha.personId(), COURSE).query().singleRow())
                .containsEntry("status", "COMPLETED").containsEntry("completed_mode", "FACILITATED");
        assertThat(jdbc.sql("""
                        select mode from learning_record
                        where person_id = ? and object_type = 'COURSE' and verb = 'COMPLETED' and session_id = ?""")
                .params(sokha.personId(), session).query(String.class).list()).containsExactly("FACILITATED");
        assertThat(events.completions()).anySatisfy(e -> {
            assertThat(e.personId()).isEqualTo(sokha.personId());
            assertThat(e.mode()).isEqualTo(Mode.FACILITATED);
        });
    }

    @Test
    void a_member_of_another_cbo_is_refused_and_nothing_is_recorded() {
        long other = fixtures.cbo("Facilitated other");
        SignedInUser stranger = fixtures.learner(other, "Sok Pisey");
        signInAs(coach);

        assertThatThrownBy(() -> facilitated.recordSession(cbo, session, COURSE, lessons,
                Set.of(sokha.personId(), stranger.personId()), Instant.now()))
                .isInstanceOf(InvalidInput.class).hasMessage("session.error.not-member");
        assertThat(jdbc.sql("select count(*) from learning_record where session_id = ?").param(session)
                .query(Long.class).single()).isZero();
    }

    @Test
    void another_coach_is_denied() {
        signInAs(fixtures.coachOf(fixtures.cbo("Facilitated elsewhere")));

        assertThatThrownBy(() -> facilitated.recordSession(cbo, session, COURSE, lessons, Set.of(sokha.personId()),
                Instant.now())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_quiz_is_not_a_lesson_covered() {
        String quiz = catalogue.outline(COURSE).items().stream().filter(i -> i.type() == ItemType.QUIZ)
                .findFirst().orElseThrow().id();

        assertThatThrownBy(() -> facilitated.recordSession(cbo, session, COURSE, List.of(quiz), Set.of(sokha.personId()),
                Instant.now())).isInstanceOf(InvalidInput.class).hasMessage("session.error.lessons");
    }
}
