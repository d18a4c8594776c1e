package org.kasang.learning.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Learning records of a time range, page by page in the order they were stored (keyset on the id, so each page
 * starts where the last ended however large the table). Names are read only when the caller asks for them.
 */
@Repository
public class XapiRecords {

    /** One stored record; {@code fullName} null unless names were asked for. */
    public record Row(long id, String idempotencyKey, long personId, String fullName, String verb, String objectType,
                      String objectId, String courseId, int courseVersion, Double scoreScaled, Boolean success,
                      Boolean completion, Long cboId, String mode, Long sessionId, Instant occurredAt,
                      Instant storedAt) {
    }

    private final JdbcClient jdbc;

    XapiRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The same reads over another connection: the reports standby ({@code database.ReportsDatabase}). */
    public XapiRecords on(JdbcClient other) {
        return new XapiRecords(other);
    }

    /** Up to {@code limit} records with an id above {@code afterId} that happened in [from, until). */
    public List<Row> page(Instant from, Instant until, long afterId, int limit, boolean withNames) {
        String name = withNames ? "(select p.full_name from person p where p.id = r.person_id)" : "null";
        return jdbc.sql("""
                        select r.id, r.idempotency_key, r.person_id, %s, r.verb, r.object_type, r.object_id, r.course_id,
                               r.course_version, r.score_scaled, r.success, r.completion, r.cbo_id, r.mode, r.session_id,
                               r.occurred_at, r.stored_at
                        from learning_record r
                        where r.id > ? and r.occurred_at >= ? and r.occurred_at < ?
                        order by r.id limit ?""".formatted(name))
                .params(afterId, Timestamp.from(from), Timestamp.from(until), limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                        rs.getObject(10) == null ? null : rs.getDouble(10), (Boolean) rs.getObject(11),
                        (Boolean) rs.getObject(12), rs.getObject(13) == null ? null : rs.getLong(13), rs.getString(14),
                        rs.getObject(15) == null ? null : rs.getLong(15), rs.getTimestamp(16).toInstant(),
                        rs.getTimestamp(17).toInstant()))
                .list();
    }
}
