package org.kasang.learning.internal;

import org.kasang.learning.CboCourseCounts;
import org.kasang.learning.CboKnowledgeGain;
import org.kasang.learning.LearnerAlert;
import org.kasang.learning.CourseStatus;
import org.kasang.learning.ItemStatus;
import org.kasang.learning.MemberCourseState;
import org.kasang.learning.Mode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Current state beside the records: item_state (person × item), course_state (person × course) and the
 * per-(CBO, course) summary that coach dashboards read. Always written in the record's transaction.
 */
@Repository
public class LearningStates {

    public record CourseRow(long personId, String courseId, Long cboId, CourseStatus status, int itemsCompleted,
                            Integer bestScore, String resumeItemId, Instant lastActivityAt, Mode completedMode) {
    }

    public record ItemRow(String itemId, ItemStatus status, int attempts, Integer bestScore, Boolean passed) {
    }

    private final JdbcClient jdbc;

    LearningStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when the person was not enrolled before */
    public boolean enrol(long personId, String courseId, Long cboId, Instant at) {
        return jdbc.sql("""
                        insert into course_state (person_id, course_id, cbo_id, status, enrolled_at, last_activity_at)
                        values (?, ?, ?, 'ENROLLED', ?, ?) on conflict do nothing""")
                .params(personId, courseId, cboId, Timestamp.from(at), Timestamp.from(at)).update() == 1;
    }

    /** Reads the course state and locks it until the transaction ends, so concurrent steps serialise. */
    public Optional<CourseRow> lockCourse(long personId, String courseId) {
        return jdbc.sql("select * from course_state where person_id = ? and course_id = ? for update")
                .params(personId, courseId).query(LearningStates::courseRow).optional();
    }

    public Optional<CourseRow> course(long personId, String courseId) {
        return jdbc.sql("select * from course_state where person_id = ? and course_id = ?")
                .params(personId, courseId).query(LearningStates::courseRow).optional();
    }

    public Optional<Instant> completedAt(long personId, String courseId) {
        return jdbc.sql("select completed_at from course_state where person_id = ? and course_id = ? and status = 'COMPLETED'")
                .params(personId, courseId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    public List<CourseRow> coursesOf(long personId) {
        return jdbc.sql("select * from course_state where person_id = ? order by last_activity_at desc")
                .param(personId).query(LearningStates::courseRow).list();
    }

    public void updateCourse(CourseRow row, Instant completedAt) {
        jdbc.sql("""
                        update course_state set status = ?, items_completed = ?, best_score = ?, resume_item_id = ?,
                            last_activity_at = ?, completed_at = coalesce(completed_at, ?), completed_mode = ?
                        where person_id = ? and course_id = ?""")
                .params(row.status().name(), row.itemsCompleted(), row.bestScore(), row.resumeItemId(),
                        Timestamp.from(row.lastActivityAt()), completedAt == null ? null : Timestamp.from(completedAt),
                        row.completedMode() == null ? null : row.completedMode().name(), row.personId(), row.courseId())
                .update();
    }

    public Map<String, ItemRow> items(long personId, String courseId) {
        return jdbc.sql("select item_id, status, attempts, best_score, passed from item_state where person_id = ? and course_id = ?")
                .params(personId, courseId)
                .query((rs, n) -> new ItemRow(rs.getString("item_id"), ItemStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts"), (Integer) rs.getObject("best_score"), (Boolean) rs.getObject("passed")))
                .list().stream().collect(Collectors.toMap(ItemRow::itemId, row -> row));
    }

    public void saveItem(long personId, String courseId, ItemRow item, Mode mode, Instant at) {
        jdbc.sql("""
                        insert into item_state (person_id, item_id, course_id, status, attempts, best_score, passed, mode,
                            updated_at, completed_at)
                        values (:person, :item, :course, :status, :attempts, :best, :passed, :mode, :at,
                            case when :status = 'COMPLETED' then cast(:at as timestamptz) end)
                        on conflict (person_id, item_id) do update set status = excluded.status,
                            attempts = excluded.attempts, best_score = excluded.best_score, passed = excluded.passed,
                            mode = excluded.mode, updated_at = excluded.updated_at,
                            completed_at = coalesce(item_state.completed_at, excluded.completed_at)""")
                .param("person", personId).param("item", item.itemId()).param("course", courseId)
                .param("status", item.status().name()).param("attempts", item.attempts())
                .param("best", item.bestScore()).param("passed", item.passed()).param("mode", mode.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Moves the CBO's counters by the given steps; creates the row on first use. */
    public void adjustSummary(Long cboId, String courseId, int enrolled, int inProgress, int completed) {
        adjustSummary(cboId, courseId, enrolled, inProgress, completed, 0);
    }

    public void adjustSummary(Long cboId, String courseId, int enrolled, int inProgress, int completed, int helpOpen) {
        if (cboId == null) {
            return;
        }
        // Create the row first, then move it: a check constraint sees an insert's values before any conflict.
        jdbc.sql("insert into cbo_course_summary (cbo_id, course_id) values (?, ?) on conflict do nothing")
                .params(cboId, courseId).update();
        jdbc.sql("""
                        update cbo_course_summary set enrolled = enrolled + ?, in_progress = in_progress + ?,
                            completed = completed + ?, help_open = help_open + ?
                        where cbo_id = ? and course_id = ?""")
                .params(enrolled, inProgress, completed, helpOpen, cboId, courseId).update();
    }

    public List<CboCourseCounts> summaries(Collection<Long> cboIds) {
        if (cboIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from cbo_course_summary where cbo_id in (:ids) order by cbo_id, course_id")
                .param("ids", cboIds)
                .query((rs, n) -> new CboCourseCounts(rs.getLong("cbo_id"), rs.getString("course_id"),
                        rs.getInt("enrolled"), rs.getInt("in_progress"), rs.getInt("completed"), rs.getInt("help_open")))
                .list();
    }

    /** Pre- and post-test scores of a CBO's members in a course, averaged over those who took both. */
    public CboKnowledgeGain gain(long cboId, String courseId, String preTestId, String postTestId) {
        return jdbc.sql("""
                        select count(*) as took_pre, count(post.person_id) as took_both,
                            avg(pre.best_score) filter (where post.person_id is not null) as avg_pre,
                            avg(post.best_score) as avg_post
                        from course_state cs
                        join item_state pre on pre.person_id = cs.person_id and pre.item_id = :pre and pre.attempts > 0
                        left join item_state post on post.person_id = cs.person_id and post.item_id = :post
                            and post.attempts > 0
                        where cs.cbo_id = :cbo and cs.course_id = :course""")
                .param("pre", preTestId).param("post", postTestId).param("cbo", cboId).param("course", courseId)
                .query((rs, n) -> new CboKnowledgeGain(courseId, preTestId, postTestId, rs.getInt("took_pre"),
                        rs.getInt("took_both"), (Double) nullable(rs.getBigDecimal("avg_pre")),
                        (Double) nullable(rs.getBigDecimal("avg_post"))))
                .single();
    }

    private static Double nullable(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    public List<LearnerAlert> inactive(Collection<Long> cboIds, Instant before, int limit) {
        if (cboIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select cs.person_id, p.full_name, cs.cbo_id, cs.course_id, cs.last_activity_at
                        from course_state cs join person p on p.id = cs.person_id
                        where cs.cbo_id in (:cbos) and cs.status in ('ENROLLED', 'IN_PROGRESS')
                            and cs.last_activity_at < :before
                        order by cs.last_activity_at limit :limit""")
                .param("cbos", cboIds).param("before", Timestamp.from(before)).param("limit", limit)
                .query((rs, n) -> new LearnerAlert(rs.getLong("person_id"), rs.getString("full_name"),
                        rs.getLong("cbo_id"), rs.getString("course_id"), null, 0,
                        rs.getTimestamp("last_activity_at").toInstant()))
                .list();
    }

    public List<LearnerAlert> failing(Collection<Long> cboIds, int attempts, int limit) {
        if (cboIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select i.person_id, p.full_name, cs.cbo_id, i.course_id, i.item_id, i.attempts, i.updated_at
                        from item_state i
                        join course_state cs on cs.person_id = i.person_id and cs.course_id = i.course_id
                        join person p on p.id = i.person_id
                        where cs.cbo_id in (:cbos) and i.attempts >= :attempts and i.passed is not true
                            and i.status <> 'COMPLETED'
                        order by i.updated_at desc limit :limit""")
                .param("cbos", cboIds).param("attempts", attempts).param("limit", limit)
                .query((rs, n) -> new LearnerAlert(rs.getLong("person_id"), rs.getString("full_name"),
                        rs.getLong("cbo_id"), rs.getString("course_id"), rs.getString("item_id"), rs.getInt("attempts"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** How often each answer (a set of chosen options) was given to each question, over graded attempts. */
    public record AnswerCount(String quizId, String questionId, java.util.Set<String> chosen, int count) {
    }

    public List<AnswerCount> answers(String courseId, Collection<Long> cboIds) {
        return jdbc.sql("""
                        select r.object_id as quiz_id, q.key as question_id,
                            array(select jsonb_array_elements_text(q.value)) as chosen, count(*) as answers
                        from learning_record r, jsonb_each(r.response) q
                        where r.course_id = :course and r.cbo_id in (:cbos) and r.verb in ('PASSED', 'FAILED')
                            and r.response is not null
                        group by r.object_id, q.key, q.value""")
                .param("course", courseId).param("cbos", cboIds)
                .query((rs, n) -> new AnswerCount(rs.getString("quiz_id"), rs.getString("question_id"),
                        java.util.Set.of((String[]) rs.getArray("chosen").getArray()), rs.getInt("answers")))
                .list();
    }

    /** A member's courses in a CBO with their items, and their graded quiz attempts, newest first. */
    public org.kasang.learning.MemberLearning memberLearning(long cboId, long personId,
                                                            List<org.kasang.learning.HelpRequest> help) {
        var items = jdbc.sql("select * from item_state where person_id = ? order by updated_at").param(personId)
                .query((rs, n) -> Map.entry(rs.getString("course_id"), new org.kasang.learning.MemberLearning.Item(
                        rs.getString("item_id"), ItemStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                        (Integer) rs.getObject("best_score"), Mode.valueOf(rs.getString("mode")))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        var courses = jdbc.sql("""
                        select * from course_state where person_id = ? and cbo_id = ? order by last_activity_at desc""")
                .params(personId, cboId)
                .query((rs, n) -> new org.kasang.learning.MemberLearning.Course(rs.getString("course_id"),
                        CourseStatus.valueOf(rs.getString("status")), rs.getInt("items_completed"),
                        rs.getTimestamp("last_activity_at").toInstant(),
                        rs.getString("completed_mode") == null ? null : Mode.valueOf(rs.getString("completed_mode")),
                        items.getOrDefault(rs.getString("course_id"), List.of())))
                .list();
        var attempts = jdbc.sql("""
                        select course_id, object_id, score_scaled, success, occurred_at from learning_record
                        where person_id = ? and cbo_id = ? and verb in ('PASSED', 'FAILED')
                        order by occurred_at desc limit 200""")
                .params(personId, cboId)
                .query((rs, n) -> new org.kasang.learning.MemberLearning.Attempt(rs.getString("course_id"),
                        rs.getString("object_id"), rs.getBigDecimal("score_scaled") == null ? 0
                        : rs.getBigDecimal("score_scaled").movePointRight(2).intValue(),
                        Boolean.TRUE.equals(rs.getObject("success")), rs.getTimestamp("occurred_at").toInstant()))
                .list();
        return new org.kasang.learning.MemberLearning(courses, attempts,
                help.stream().filter(h -> h.cboId() != null && h.cboId() == cboId).toList());
    }

    public List<MemberCourseState> statesInCbo(long cboId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select person_id, course_id, status, items_completed, last_activity_at, completed_mode
                        from course_state where cbo_id = :cbo and person_id in (:people)""")
                .param("cbo", cboId).param("people", personIds)
                .query((rs, n) -> new MemberCourseState(rs.getLong("person_id"), rs.getString("course_id"),
                        CourseStatus.valueOf(rs.getString("status")), rs.getInt("items_completed"),
                        rs.getTimestamp("last_activity_at").toInstant(),
                        rs.getString("completed_mode") == null ? null : Mode.valueOf(rs.getString("completed_mode"))))
                .list();
    }

    private static CourseRow courseRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CourseRow(rs.getLong("person_id"), rs.getString("course_id"), (Long) rs.getObject("cbo_id"),
                CourseStatus.valueOf(rs.getString("status")), rs.getInt("items_completed"),
                (Integer) rs.getObject("best_score"), rs.getString("resume_item_id"),
                rs.getTimestamp("last_activity_at").toInstant(),
                rs.getString("completed_mode") == null ? null : Mode.valueOf(rs.getString("completed_mode")));
    }
}
