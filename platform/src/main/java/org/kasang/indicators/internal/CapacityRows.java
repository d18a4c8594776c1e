package org.kasang.indicators.internal;

import org.kasang.organisations.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The derived cache of CBO levels per area, and the few facts about people that rules read. */
@Repository
public class CapacityRows {

    public record Row(long areaId, int rank, LocalDate since) {
    }

    private final JdbcClient jdbc;

    CapacityRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes the cache hold exactly these rows for the CBO. Upserts rather than delete-and-insert, so two
     * completions in the same CBO at the same moment wait for each other instead of failing on the key.
     */
    public void replace(long cboId, List<Row> rows, Instant at) {
        List<Long> held = rows.stream().map(Row::areaId).toList();
        jdbc.sql("delete from cbo_capacity where cbo_id = :cbo and area_id not in (:held)")
                .param("cbo", cboId).param("held", held.isEmpty() ? List.of(-1L) : held).update();
        for (Row row : rows) {
            jdbc.sql("""
                            insert into cbo_capacity (cbo_id, area_id, level_rank, since, derived_at) values (?, ?, ?, ?, ?)
                            on conflict (cbo_id, area_id) do update
                            set level_rank = excluded.level_rank, since = excluded.since, derived_at = excluded.derived_at""")
                    .params(cboId, row.areaId(), row.rank(), row.since() == null ? null : Date.valueOf(row.since()),
                            Timestamp.from(at)).update();
        }
    }

    /**
     * Holds the CBO's derivation until the transaction ends: the second of two simultaneous completions then
     * reads the first one's evidence (read committed) instead of overwriting its level with an older view.
     */
    public void lock(long cboId) {
        jdbc.sql("select pg_advisory_xact_lock(1014, cast(? as integer))").param((int) cboId).query().singleValue();
    }

    public List<Row> ofCbo(long cboId) {
        return jdbc.sql("select area_id, level_rank, since from cbo_capacity where cbo_id = ? order by area_id")
                .param(cboId).query((rs, n) -> new Row(rs.getLong("area_id"), rs.getInt("level_rank"),
                        rs.getDate("since") == null ? null : rs.getDate("since").toLocalDate())).list();
    }

    public void clear() {
        jdbc.sql("delete from cbo_capacity").update();
    }

    public List<Long> cbosWithEvidence() {
        return jdbc.sql("select distinct cbo_id from evidence order by cbo_id").query(Long.class).list();
    }

    /** Sex of the people the evidence names, read from the person registry for rules about women members. */
    public Map<Long, Sex> sexes(Collection<Long> personIds) {
        Map<Long, Sex> sexes = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select id, sex from person where id in (:ids)").param("ids", personIds)
                    .query(rs -> {
                        sexes.put(rs.getLong("id"), Sex.valueOf(rs.getString("sex")));
                    });
        }
        return sexes;
    }
}
