package org.kasang.indicators.internal;

import org.kasang.indicators.AssessmentRound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Self-assessment scores: one row per CBO, area and round; a re-score replaces the row with a new one. */
@Repository
public class AssessmentRows {

    public record Row(long id, long areaId, AssessmentRound round, int score, LocalDate assessedOn) {
    }

    private final JdbcClient jdbc;

    AssessmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes the earlier score of this round, if any, and returns its id (its evidence must be withdrawn). */
    public Optional<Long> remove(long cboId, long areaId, AssessmentRound round) {
        return jdbc.sql("delete from self_assessment where cbo_id = ? and area_id = ? and round = ? returning id")
                .params(cboId, areaId, round.name()).query(Long.class).optional();
    }

    public long insert(long cboId, long areaId, AssessmentRound round, int score, LocalDate on, long by, Instant at) {
        return jdbc.sql("""
                        insert into self_assessment (cbo_id, area_id, round, score, assessed_on, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(cboId, areaId, round.name(), score, Date.valueOf(on), by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public List<Row> ofCbo(long cboId) {
        return jdbc.sql("select id, area_id, round, score, assessed_on from self_assessment where cbo_id = ?")
                .param(cboId).query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("area_id"),
                        AssessmentRound.valueOf(rs.getString("round")), rs.getInt("score"),
                        rs.getDate("assessed_on").toLocalDate())).list();
    }
}
