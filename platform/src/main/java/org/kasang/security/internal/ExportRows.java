package org.kasang.security.internal;

import org.kasang.security.ExportLog;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The export log's rows: inserted, never updated or deleted. */
@Repository
public class ExportRows {

    private final JdbcClient jdbc;

    ExportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Instant at, long accountId, long personId, String kind, String subject, boolean withNames,
                       String reason, int rows) {
        jdbc.sql("""
                        insert into export_log (at, account_id, person_id, kind, subject, with_names, reason, row_count)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(at), accountId, personId, kind, subject, withNames, reason, rows)
                .update();
    }

    public Slice<ExportLog.Entry> newestFirst(Pageable page) {
        List<ExportLog.Entry> rows = jdbc.sql("""
                        select e.id, e.at, p.full_name, e.kind, e.subject, e.with_names, e.reason, e.row_count
                        from export_log e join person p on p.id = e.person_id
                        order by e.at desc, e.id desc limit ? offset ?""")
                .params(page.getPageSize() + 1, page.getOffset())
                .query((rs, n) -> new ExportLog.Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getInt(8)))
                .list();
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }
}
