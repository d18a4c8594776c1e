package org.kasang.learning.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only learning record. A statement with a key already stored is not stored again. */
@Repository
public class LearningRecords {

    private final JdbcClient jdbc;

    LearningRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when the statement is new; false when its idempotency key was already recorded */
    public boolean append(Statement s) {
        return jdbc.sql("""
                        insert into learning_record (idempotency_key, person_id, verb, object_type, object_id, course_id,
                            course_version, score_scaled, success, completion, response, cbo_id, mode, session_id,
                            recorded_by, occurred_at)
                        values (:key, :person, :verb, :type, :object, :course, :version, :score, :success, :completion,
                            cast(:response as jsonb), :cbo, :mode, :session, :by, :at)
                        on conflict (idempotency_key) do nothing""")
                .param("key", s.idempotencyKey())
                .param("person", s.personId())
                .param("verb", s.verb().name())
                .param("type", s.objectType())
                .param("object", s.objectId())
                .param("course", s.courseId())
                .param("version", s.courseVersion())
                .param("score", s.scoreScaled())
                .param("success", s.success())
                .param("completion", s.completion())
                .param("response", s.responseJson())
                .param("cbo", s.cboId())
                .param("mode", s.mode().name())
                .param("session", s.sessionId())
                .param("by", s.recordedBy())
                .param("at", java.sql.Timestamp.from(s.occurredAt()))
                .update() == 1;
    }

    public boolean exists(String idempotencyKey) {
        return jdbc.sql("select exists (select 1 from learning_record where idempotency_key = ?)")
                .param(idempotencyKey).query(Boolean.class).single();
    }
}
