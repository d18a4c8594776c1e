package org.kasang.catalogue.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@Repository
public class DraftRows {

    private final JdbcClient jdbc;

    DraftRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<byte[]> find(String courseId) {
        return jdbc.sql("select package from course_draft where course_id = ?").param(courseId).query(byte[].class).optional();
    }

    public java.util.List<String> courseIds() {
        return jdbc.sql("select course_id from course_draft order by course_id").query(String.class).list();
    }

    public void save(String courseId, byte[] zip, Long accountId, Instant at) {
        jdbc.sql("""
                        insert into course_draft (course_id, package, updated_at, updated_by) values (?, ?, ?, ?)
                        on conflict (course_id) do update set package = excluded.package,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(courseId, zip, Timestamp.from(at), accountId).update();
    }

    public void delete(String courseId) {
        jdbc.sql("delete from course_draft where course_id = ?").param(courseId).update();
    }
}
