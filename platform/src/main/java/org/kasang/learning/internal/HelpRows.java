package org.kasang.learning.internal;

import org.kasang.learning.HelpRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Help requests: written by learners, answered by their CBO's coaches. */
@Repository
public class HelpRows {

    private static final String SELECT = """
            select h.*, p.full_name from help_request h join person p on p.id = h.person_id""";

    private final JdbcClient jdbc;

    HelpRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long personId, Long cboId, String courseId, String itemId, String questionId, String message,
                       Instant at) {
        return jdbc.sql("""
                        insert into help_request (person_id, cbo_id, course_id, item_id, question_id, message, status,
                            created_at)
                        values (?, ?, ?, ?, ?, ?, 'OPEN', ?) returning id""")
                .params(personId, cboId, courseId, itemId, questionId, message, Timestamp.from(at))
                .query(Long.class).single();
    }

    public List<HelpRequest> ofLearner(long personId, String courseId) {
        return jdbc.sql(SELECT + " where h.person_id = ? and h.course_id = ? order by h.created_at desc")
                .params(personId, courseId).query(HelpRows::row).list();
    }

    public List<HelpRequest> ofLearner(long personId) {
        return jdbc.sql(SELECT + " where h.person_id = ? order by h.created_at desc").param(personId)
                .query(HelpRows::row).list();
    }

    /** Open requests of one CBO, oldest first: the order a coach should answer them in. */
    public List<HelpRequest> openInCbo(long cboId, int offset, int limit) {
        return jdbc.sql(SELECT + " where h.cbo_id = ? and h.status = 'OPEN' order by h.created_at, h.id offset ? limit ?")
                .params(cboId, offset, limit).query(HelpRows::row).list();
    }

    public int countOpenInCbo(long cboId) {
        return jdbc.sql("select count(*) from help_request where cbo_id = ? and status = 'OPEN'")
                .param(cboId).query(Integer.class).single();
    }

    /** Reads one request and locks it until the transaction ends. */
    public Optional<HelpRequest> lock(long id) {
        return jdbc.sql(SELECT + " where h.id = ? for update of h").param(id).query(HelpRows::row).optional();
    }

    public void answer(long id, String answer, long answeredBy, Instant at) {
        jdbc.sql("update help_request set status = 'ANSWERED', answer = ?, answered_by = ?, answered_at = ? where id = ?")
                .params(answer, answeredBy, Timestamp.from(at), id).update();
    }

    public boolean anyOpen(long personId, String itemId) {
        return jdbc.sql("select exists (select 1 from help_request where person_id = ? and item_id = ? and status = 'OPEN')")
                .params(personId, itemId).query(Boolean.class).single();
    }

    private static HelpRequest row(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new HelpRequest(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"),
                (Long) rs.getObject("cbo_id"), rs.getString("course_id"), rs.getString("item_id"),
                rs.getString("question_id"), rs.getString("message"), HelpRequest.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getString("answer"),
                answered == null ? null : answered.toInstant());
    }

    /** Open requests per CBO, among the given CBOs or everywhere; only CBOs with some appear. */
    public java.util.Map<Long, Integer> openPerCbo(java.util.Collection<Long> cboIds, boolean everywhere) {
        var query = everywhere
                ? jdbc.sql("select cbo_id, count(*) from help_request where status = 'OPEN' and cbo_id is not null group by cbo_id")
                : jdbc.sql("select cbo_id, count(*) from help_request where status = 'OPEN' and cbo_id in (:cbos) group by cbo_id")
                        .param("cbos", cboIds);
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        query.query(rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return counts;
    }
}
