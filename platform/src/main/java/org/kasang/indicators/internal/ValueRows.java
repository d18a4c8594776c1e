package org.kasang.indicators.internal;

import org.kasang.catalogue.Text;
import org.kasang.indicators.Dimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computed indicator values: replaced as a whole per indicator and period, read by the report. */
@Repository
public class ValueRows {

    public record Row(long indicatorId, long periodId, Dimension dimension, String category, int numerator,
                      Integer denominator, BigDecimal value) {
    }

    /** An indicator's headline in one period, with the period and its target, for the trend. */
    public record Point(long indicatorId, long periodId, String periodCode, Text periodName, BigDecimal value,
                        BigDecimal target) {
    }

    private final JdbcClient jdbc;

    ValueRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(long indicatorId, long periodId, List<Computation.Cell> cells, Instant at) {
        jdbc.sql("delete from indicator_value where indicator_id = ? and period_id = ?").params(indicatorId, periodId)
                .update();
        for (Computation.Cell cell : cells) {
            jdbc.sql("""
                            insert into indicator_value (indicator_id, period_id, dimension, category, numerator,
                                denominator, value, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(indicatorId, periodId, cell.dimension().name(), cell.category(), cell.numerator(),
                            cell.denominator(), cell.value(), Timestamp.from(at))
                    .update();
        }
    }

    public List<Row> ofPeriod(long periodId) {
        return jdbc.sql("select * from indicator_value where period_id = ? order by indicator_id, dimension, category")
                .param(periodId)
                .query((rs, n) -> new Row(rs.getLong("indicator_id"), rs.getLong("period_id"),
                        Dimension.valueOf(rs.getString("dimension")), rs.getString("category"), rs.getInt("numerator"),
                        (Integer) rs.getObject("denominator"), rs.getBigDecimal("value")))
                .list();
    }

    public Optional<Integer> numerator(long indicatorId, long periodId, Dimension dimension, String category) {
        return jdbc.sql("""
                        select numerator from indicator_value
                        where indicator_id = ? and period_id = ? and dimension = ? and category = ?""")
                .params(indicatorId, periodId, dimension.name(), category).query(Integer.class).optional();
    }

    /** Headline values of every period that has them, oldest first. */
    public List<Point> trend() {
        return jdbc.sql("""
                        select v.indicator_id, p.id, p.code, p.name_en, p.name_km, v.value, t.value target
                        from indicator_value v join reporting_period p on p.id = v.period_id
                             left join indicator_target t on t.indicator_id = v.indicator_id and t.period_id = p.id
                        where v.dimension = 'TOTAL' order by p.ends_on, p.starts_on, p.id""")
                .query((rs, n) -> new Point(rs.getLong("indicator_id"), rs.getLong("id"), rs.getString("code"),
                        IndicatorRows.text(rs, "name_en", "name_km"), rs.getBigDecimal("value"),
                        rs.getBigDecimal("target")))
                .list();
    }

    /** Names of provinces and districts by code, for the breakdown's labels. */
    public Map<String, Text> placeNames() {
        Map<String, Text> names = new HashMap<>();
        jdbc.sql("select code, name_en, name_km from province union all select code, name_en, name_km from district")
                .query(rs -> {
                    names.put(rs.getString("code"), IndicatorRows.text(rs, "name_en", "name_km"));
                });
        return names;
    }

    /** When the period's values were computed (the earliest indicator's time), if ever. */
    public Optional<Instant> computedAt(long periodId) {
        return jdbc.sql("select min(computed_at) from indicator_value where period_id = ?").param(periodId)
                .query((rs, n) -> rs.getTimestamp(1)).list().stream().filter(java.util.Objects::nonNull).findFirst()
                .map(java.sql.Timestamp::toInstant);
    }

    /** Whether evidence was logged or withdrawn after that time: the stored figures may be out of date. */
    public boolean evidenceChangedSince(Instant at) {
        return jdbc.sql("""
                        select exists (select 1 from evidence where recorded_at > :at)
                            or exists (select 1 from evidence_withdrawal where withdrawn_at > :at)""")
                .param("at", java.sql.Timestamp.from(at)).query(Boolean.class).single();
    }
}
