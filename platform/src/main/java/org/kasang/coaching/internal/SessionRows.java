package org.kasang.coaching.internal;

import org.kasang.coaching.CoachingSession;
import org.kasang.coaching.FollowUpAction;
import org.kasang.coaching.NewSession;
import org.kasang.coaching.SessionKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Coaching sessions, attendance and follow-up actions. Lists fetch one row more than a page to tell if more follow. */
@Repository
public class SessionRows {

    private static final String TOPIC_SEPARATOR = "\n";

    private final JdbcClient jdbc;

    SessionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewSession session, long coachPersonId, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into coaching_session (cbo_id, coach_person_id, kind, held_on, topics, notes, course_id,
                            recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(session.cboId(), coachPersonId, session.kind().name(), Date.valueOf(session.heldOn()),
                        String.join(TOPIC_SEPARATOR, session.topics()), session.notes(),
                        session.kind() == SessionKind.FACILITATED ? session.courseId() : null, Timestamp.from(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (long person : session.presentPersonIds()) {
            jdbc.sql("insert into session_attendance (session_id, person_id) values (?, ?)").params(id, person).update();
        }
        for (NewSession.NewAction action : session.actions()) {
            jdbc.sql("insert into follow_up_action (session_id, description, owner, due_on) values (?, ?, ?, ?)")
                    .params(id, action.description().strip(), action.owner().strip(), Date.valueOf(action.dueOn()))
                    .update();
        }
        return id;
    }

    /** The CBO a follow-up action belongs to, through its session. */
    public Optional<Long> cboOfAction(long actionId) {
        return jdbc.sql("select s.cbo_id from follow_up_action a join coaching_session s on s.id = a.session_id where a.id = ?")
                .param(actionId).query(Long.class).optional();
    }

    public void markDone(long actionId, long accountId, Instant at) {
        jdbc.sql("update follow_up_action set done_at = ?, done_by = ? where id = ? and done_at is null")
                .params(Timestamp.from(at), accountId, actionId).update();
    }

    public Slice<CoachingSession> history(long cboId, Pageable page) {
        List<CoachingSession> rows = jdbc.sql("""
                        select s.*, p.full_name as coach_name,
                            (select count(*) from session_attendance a where a.session_id = s.id) as present,
                            (select count(*) from follow_up_action f where f.session_id = s.id and f.done_at is null)
                                as open_actions
                        from coaching_session s join person p on p.id = s.coach_person_id
                        where s.cbo_id = :cbo
                        order by s.held_on desc, s.id desc
                        limit :limit offset :offset""")
                .param("cbo", cboId).param("limit", page.getPageSize() + 1).param("offset", page.getOffset())
                .query((rs, n) -> new CoachingSession(rs.getLong("id"), rs.getLong("cbo_id"),
                        SessionKind.valueOf(rs.getString("kind")), rs.getDate("held_on").toLocalDate(),
                        Arrays.asList(rs.getString("topics").split(TOPIC_SEPARATOR)), rs.getString("notes"),
                        rs.getString("coach_name"), rs.getInt("present"), rs.getString("course_id"),
                        rs.getInt("open_actions")))
                .list();
        return slice(rows, page);
    }

    /** Open actions due before today in the given CBOs (all CBOs when cboIds is null), most overdue first. */
    public Slice<FollowUpAction> overdue(Collection<Long> cboIds, LocalDate today, Pageable page) {
        // A coach's CBOs: an index range per CBO on the action's own cbo_id (V21), not a walk through the country.
        String scope = cboIds == null ? "" : " and a.cbo_id in (:cbos)";
        var sql = jdbc.sql("""
                        select a.id, a.session_id, a.cbo_id, c.name as cbo_name, a.description, a.owner, a.due_on,
                            s.held_on
                        from follow_up_action a
                        join coaching_session s on s.id = a.session_id
                        join cbo c on c.id = a.cbo_id
                        where a.done_at is null and a.due_on < :today""" + scope + """

                        order by a.due_on, a.id
                        limit :limit offset :offset""")
                .param("today", Date.valueOf(today));
        if (cboIds != null) {
            sql = sql.param("cbos", cboIds.isEmpty() ? List.of(-1L) : cboIds);
        }
        List<FollowUpAction> rows = sql
                .param("limit", page.getPageSize() + 1).param("offset", page.getOffset())
                .query((rs, n) -> new FollowUpAction(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("cbo_id"),
                        rs.getString("cbo_name"), rs.getString("description"), rs.getString("owner"),
                        rs.getDate("due_on").toLocalDate(), rs.getDate("held_on").toLocalDate()))
                .list();
        return slice(rows, page);
    }

    private static <T> Slice<T> slice(List<T> rows, Pageable page) {
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }

    /** Open actions due before today per CBO, among the given CBOs (all when cboIds is null); only CBOs with some. */
    public java.util.Map<Long, Integer> overduePerCbo(Collection<Long> cboIds, LocalDate today) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        String scope = cboIds == null ? "" : " and a.cbo_id in (:cbos)";
        var sql = jdbc.sql("select a.cbo_id, count(*) from follow_up_action a where a.done_at is null and a.due_on < :today"
                        + scope + " group by a.cbo_id")
                .param("today", Date.valueOf(today));
        if (cboIds != null) {
            sql = sql.param("cbos", cboIds.isEmpty() ? List.of(-1L) : cboIds);
        }
        sql.query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }
}
