package org.kasang.scale;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasang.TestPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A small programme, generated into a database of its own, must hold together the way the app keeps it. */
class ProgrammeGeneratorTest {

    static final List<String> SMALL = List.of("--cbos", "40", "--members", "600", "--courses", "6", "--records", "15000",
            "--coaches", "4", "--cbos-per-coach", "10", "--admins", "1", "--until", "2026-03-01", "--time-slices", "4");

    static DataSource data;
    static Report report;

    @BeforeAll
    static void generate() throws SQLException {
        data = database("kasang_generator");
        report = new ProgrammeGenerator(data, Options.parse(SMALL)).generate();
        System.out.println(report);
    }

    @Test
    void the_report_counts_what_the_tables_hold() throws SQLException {
        Set<String> gazetteer = Set.of("province", "district", "commune");
        assertThat(report.rows("learning_record")).isBetween(14_000L, 16_000L);
        for (var entry : report.rows().entrySet()) {
            if (!gazetteer.contains(entry.getKey())) {
                assertThat(count("select count(*) from " + entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue());
            }
        }
        assertThat(count("select count(*) from province")).isEqualTo(25);
        assertThat(count("select count(distinct d.province_id) from cbo c join commune m on m.id = c.commune_id "
                + "join district d on d.id = m.district_id")).isEqualTo(25);
        assertThat(count("select count(*) from cbo where target")).isEqualTo(3); // 8% of 40
        for (String table : new String[] {"item_state", "course_state", "cbo_course_summary", "help_request", "submission",
                "submission_review", "coaching_session", "session_attendance", "follow_up_action", "evidence", "milestone",
                "self_assessment"}) {
            assertThat(count("select count(*) from " + table)).as(table).isPositive();
        }
    }

    @Test
    void a_course_is_completed_exactly_when_its_rule_holds_over_its_items() throws SQLException {
        assertThat(count("""
                with items as (
                    select course_id, id, 'LESSON' as type from lesson where not retired
                    union all select course_id, id, role from quiz where not retired
                    union all select course_id, id, 'ASSIGNMENT' from assignment where not retired),
                judged as (
                    select cs.status, cs.items_completed, c.completion_rule,
                        bool_and(i.type <> 'LESSON' or coalesce(s.status = 'COMPLETED', false)) as lessons_done,
                        bool_and(i.type <> 'QUIZ' or coalesce(s.passed, false)) as quizzes_passed,
                        count(*) filter (where s.status = 'COMPLETED') as completed_items
                    from course_state cs join course c on c.id = cs.course_id join items i on i.course_id = cs.course_id
                    left join item_state s on s.person_id = cs.person_id and s.item_id = i.id
                    group by cs.person_id, cs.course_id, cs.status, cs.items_completed, c.completion_rule)
                select count(*) from judged
                where (status = 'COMPLETED') <> case completion_rule when 'Completed' then lessons_done
                        when 'Passed' then quizzes_passed when 'CompletedAndPassed' then lessons_done and quizzes_passed
                        else lessons_done or quizzes_passed end
                    or items_completed <> completed_items""")).isZero();
        assertThat(count("select count(*) from course_state where status = 'COMPLETED'")).isPositive();
        assertThat(count("select count(*) from course_state where status = 'IN_PROGRESS'")).isPositive();
        assertThat(count("select count(*) from course_state where completed_mode = 'FACILITATED'")).isPositive();
    }

    @Test
    void states_agree_with_the_records_behind_them() throws SQLException {
        // Registered once per enrolment; completed once per completed course, never otherwise.
        assertThat(count("""
                select count(*) from course_state cs where 1 <> (select count(*) from learning_record r
                    where r.person_id = cs.person_id and r.object_id = cs.course_id and r.verb = 'REGISTERED')
                or (cs.status = 'COMPLETED') <> exists (select 1 from learning_record r where r.person_id = cs.person_id
                    and r.object_id = cs.course_id and r.verb = 'COMPLETED')""")).isZero();
        // The last activity is the last record or help request; the completion is the completion record's.
        assertThat(count("""
                select count(*) from course_state cs where cs.last_activity_at <> greatest(
                    (select max(occurred_at) from learning_record r where r.person_id = cs.person_id and r.course_id = cs.course_id),
                    (select max(created_at) from help_request h where h.person_id = cs.person_id and h.course_id = cs.course_id))
                or cs.completed_at is distinct from (select occurred_at from learning_record r where r.person_id = cs.person_id
                    and r.object_id = cs.course_id and r.verb = 'COMPLETED')""")).isZero();
        // Quizzes: attempts, passing and best score are the graded records'.
        assertThat(count("""
                select count(*) from item_state s join quiz q on q.id = s.item_id
                left join lateral (select count(*) as attempts, bool_or(success) as passed,
                    max(round(score_scaled * 100)) as best
                    from learning_record r where r.person_id = s.person_id and r.object_id = s.item_id
                    and r.verb in ('PASSED', 'FAILED')) g on true
                where s.attempts <> g.attempts or coalesce(s.passed, false) <> coalesce(g.passed, false)
                    or s.best_score is distinct from g.best""")).isZero();
        // A completed lesson has its completion record (by the learner or in a facilitated session), and only then.
        assertThat(count("""
                select count(*) from item_state s join lesson l on l.id = s.item_id
                where (s.status = 'COMPLETED') <> exists (select 1 from learning_record r where r.person_id = s.person_id
                    and r.object_id = s.item_id and r.verb = 'COMPLETED')""")).isZero();
        // Every record about an item has the item's state beside it.
        assertThat(count("""
                select count(*) from learning_record r where r.object_type <> 'COURSE' and not exists (
                    select 1 from item_state s where s.person_id = r.person_id and s.item_id = r.object_id)""")).isZero();
        // An open help request on an unfinished item shows "needs help", and only then.
        assertThat(count("""
                select count(*) from item_state s where (s.status = 'NEEDS_HELP') <> exists (select 1 from help_request h
                    where h.person_id = s.person_id and h.item_id = s.item_id and h.status = 'OPEN')
                    and s.status <> 'COMPLETED'""")).isZero();
        assertThat(count("select count(*) from help_request where status = 'OPEN'")).isPositive();
    }

    @Test
    void the_summaries_coach_dashboards_read_equal_a_count_over_course_state() throws SQLException {
        assertThat(count("""
                with counted as (
                    select cbo_id, course_id, count(*) as enrolled, count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                        count(*) filter (where status = 'COMPLETED') as completed,
                        (select count(*) from help_request h where h.cbo_id = cs.cbo_id and h.course_id = cs.course_id
                            and h.status = 'OPEN') as help_open
                    from course_state cs group by cbo_id, course_id)
                select count(*) from counted c full join cbo_course_summary s using (cbo_id, course_id)
                where c.cbo_id is null or s.cbo_id is null
                    or (c.enrolled, c.in_progress, c.completed, c.help_open)
                        <> (s.enrolled, s.in_progress, s.completed, s.help_open)""")).isZero();
    }

    @Test
    void evidence_follows_completions_approvals_milestones_and_assessments() throws SQLException {
        assertThat(count("select count(*) from evidence where kind = 'COURSE_COMPLETED'"))
                .isEqualTo(count("select count(*) from course_state where status = 'COMPLETED'"));
        assertThat(count("select count(*) from evidence where kind = 'ASSIGNMENT_APPROVED'"))
                .isEqualTo(count("select count(*) from submission where status = 'APPROVED'"));
        assertThat(count("select count(*) from evidence where kind = 'MILESTONE'"))
                .isEqualTo(count("select count(*) from milestone where status = 'VERIFIED'"));
        assertThat(count("select count(*) from evidence where kind = 'SELF_ASSESSMENT'"))
                .isEqualTo(count("select count(*) from self_assessment"));
        assertThat(count("select count(*) from submission s where revision <> (select max(revision) from submission_review r "
                + "where r.submission_id = s.id) and status <> 'SUBMITTED'")).isZero();
    }

    @Test
    void every_coach_has_the_configured_number_of_cbos() throws SQLException {
        assertThat(count("select count(*) from account_role where role = 'COACH'")).isEqualTo(4);
        assertThat(count("select count(distinct coach_person_id) from coach_assignment")).isEqualTo(4);
        assertThat(count("select count(*) from (select coach_person_id from coach_assignment group by coach_person_id "
                + "having count(distinct cbo_id) <> 10) wrong")).isZero();
    }

    @Test
    void members_are_spread_as_configured() throws SQLException {
        long members = count("select count(*) from membership");
        assertThat(members).isEqualTo(600);
        assertThat(count("select count(*) from person p join membership m on m.person_id = p.id where sex = 'FEMALE'") * 100
                / members).isBetween(50L, 70L);
        assertThat(count("select count(*) from person p join membership m on m.person_id = p.id "
                + "where 2026 - birth_year between 15 and 30") * 100 / members).isBetween(27L, 43L);
        assertThat(count("select count(*) from person where disability <> 'NOT_STATED' and not disability_consent")).isZero();
        assertThat(count("select count(*) from account_role where role = 'LEARNER'") * 100 / members).isBetween(40L, 60L);
    }

    @Test
    void generated_accounts_sign_in_with_the_documented_password() throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select password_hash from account where username = 'coach-001'")) {
            assertThat(rs.next()).isTrue();
            assertThat(new BCryptPasswordEncoder().matches(Options.PASSWORD, rs.getString(1))).isTrue();
        }
    }

    @Test
    void the_same_seed_gives_the_same_programme() throws SQLException {
        DataSource again = database("kasang_generator_again");
        new ProgrammeGenerator(again, Options.parse(SMALL)).generate();
        for (String query : new String[] {
                "select md5(string_agg(c::text, '|' order by id)) from cbo c",
                "select md5(string_agg(p::text, '|' order by id)) from person p",
                "select md5(string_agg(r::text, '|' order by id)) from learning_record r",
                "select md5(string_agg(s::text, '|' order by person_id, item_id)) from item_state s",
                "select md5(string_agg(s::text, '|' order by person_id, course_id)) from course_state s",
                "select md5(string_agg(e::text, '|' order by id)) from evidence e",
                "select md5(string_agg(s::text, '|' order by id)) from coaching_session s"}) {
            assertThat(text(again, query)).as(query).isEqualTo(text(data, query));
        }
    }

    @Test
    void a_database_with_cbos_is_refused() throws SQLException {
        DataSource other = database("kasang_generator_refused");
        Flyway.configure().dataSource(other).locations("classpath:db/migration").load().migrate();
        try (Connection c = other.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into cbo (commune_id, name, status, created_at) "
                    + "select min(id), 'Baray Water Users Group', 'ACTIVE', now() from commune");
        }
        assertThatThrownBy(() -> new ProgrammeGenerator(other, Options.parse(SMALL)).generate())
                .isInstanceOf(ProgrammeGenerator.Refused.class).hasMessageContaining("--force");
        assertThat(text(other, "select count(*) from course")).isEqualTo("0");
        // The indexes and keys set aside during the load are back, as the migrations made them.
        String schema = """
                select string_agg(d, '; ' order by d) from (
                    select pg_get_indexdef(indexrelid) as d from pg_index where indrelid in
                        ('learning_record'::regclass, 'item_state'::regclass, 'course_state'::regclass)
                    union all select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint where conrelid in
                        ('learning_record'::regclass, 'item_state'::regclass, 'course_state'::regclass)) all_of_them""";
        assertThat(text(data, schema)).isEqualTo(text(other, schema)).contains("learning_record_idempotency_key_key");
        assertThatThrownBy(() -> new ProgrammeGenerator(data, Options.parse(List.of("--force"))).generate())
                .isInstanceOf(ProgrammeGenerator.Refused.class).hasMessageContaining("generated programme already");
    }

    private static DataSource database(String name) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(TestPostgres.freshDatabase(name));
        dataSource.setUser("postgres");
        return dataSource;
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(text(data, sql));
    }

    private static String text(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
