package org.kasang.indicators.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kasang.catalogue.Text;
import org.kasang.indicators.Denominator;
import org.kasang.indicators.IndicatorForm;
import org.kasang.indicators.IndicatorSummary;
import org.kasang.indicators.ResultKind;
import org.kasang.indicators.Rule;
import org.kasang.indicators.Unit;
import org.kasang.indicators.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Indicator definitions and their targets. */
@Repository
public class IndicatorRows {

    /** A stored definition with its id. */
    public record Stored(long id, IndicatorForm form) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    IndicatorRows(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(IndicatorForm f, Instant now) {
        long id = jdbc.sql("""
                        insert into indicator (code, name_en, name_km, description_en, description_km, result_ref,
                            result_kind, unit, numerator, denominator, window_kind, factor, baseline_value,
                            baseline_period_id, sentence_en, sentence_km, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.code(), f.nameEn(), f.nameKm(), f.descriptionEn(), f.descriptionKm(), f.resultRef(),
                        f.resultKind().name(), f.unit().name(), write(f.numerator()), f.denominator().name(),
                        f.window().name(), f.factor(), f.baselineValue(), f.baselinePeriodId(), f.sentenceEn(),
                        f.sentenceKm(), Timestamp.from(now))
                .query(Long.class).single();
        replaceTargets(id, f.targets());
        return id;
    }

    public boolean update(long id, IndicatorForm f) {
        int changed = jdbc.sql("""
                        update indicator set code = ?, name_en = ?, name_km = ?, description_en = ?, description_km = ?,
                            result_ref = ?, result_kind = ?, unit = ?, numerator = cast(? as jsonb), denominator = ?,
                            window_kind = ?, factor = ?, baseline_value = ?, baseline_period_id = ?, sentence_en = ?,
                            sentence_km = ?, version = version + 1
                        where id = ?""")
                .params(f.code(), f.nameEn(), f.nameKm(), f.descriptionEn(), f.descriptionKm(), f.resultRef(),
                        f.resultKind().name(), f.unit().name(), write(f.numerator()), f.denominator().name(),
                        f.window().name(), f.factor(), f.baselineValue(), f.baselinePeriodId(), f.sentenceEn(),
                        f.sentenceKm(), id)
                .update();
        if (changed == 1) {
            replaceTargets(id, f.targets());
        }
        return changed == 1;
    }

    private void replaceTargets(long id, Map<Long, BigDecimal> targets) {
        jdbc.sql("delete from indicator_target where indicator_id = ?").param(id).update();
        targets.forEach((period, value) -> jdbc.sql(
                        "insert into indicator_target (indicator_id, period_id, value) values (?, ?, ?)")
                .params(id, period, value).update());
    }

    public boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("select count(*) from indicator where lower(code) = lower(?) and id <> ?")
                .params(code, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    public Optional<Long> idOf(String code) {
        return jdbc.sql("select id from indicator where code = ?").param(code).query(Long.class).optional();
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("select * from indicator where id = ?").param(id).query(this::stored).optional()
                .map(s -> new Stored(s.id(), withTargets(s)));
    }

    /** Every definition, for computing a period: a programme has tens of indicators, not thousands. */
    public List<Stored> all() {
        Map<Long, Map<Long, BigDecimal>> targets = new HashMap<>();
        jdbc.sql("select * from indicator_target").query(rs -> {
            targets.computeIfAbsent(rs.getLong("indicator_id"), k -> new HashMap<>())
                    .put(rs.getLong("period_id"), rs.getBigDecimal("value"));
        });
        return jdbc.sql("select * from indicator order by code").query(this::stored).list().stream()
                .map(s -> new Stored(s.id(), copy(s.form(), targets.getOrDefault(s.id(), Map.of())))).toList();
    }

    public List<IndicatorSummary> page(long offset, int limit) {
        return jdbc.sql("select * from indicator order by code offset ? limit ?").params(offset, limit)
                .query((rs, n) -> new IndicatorSummary(rs.getLong("id"), rs.getString("code"),
                        text(rs, "name_en", "name_km"), rs.getString("result_ref"),
                        ResultKind.valueOf(rs.getString("result_kind")), Unit.valueOf(rs.getString("unit")),
                        Denominator.valueOf(rs.getString("denominator"))))
                .list();
    }

    private IndicatorForm withTargets(Stored s) {
        Map<Long, BigDecimal> targets = new HashMap<>();
        jdbc.sql("select period_id, value from indicator_target where indicator_id = ?").param(s.id())
                .query(rs -> {
                    targets.put(rs.getLong("period_id"), rs.getBigDecimal("value"));
                });
        return copy(s.form(), targets);
    }

    private static IndicatorForm copy(IndicatorForm f, Map<Long, BigDecimal> targets) {
        return new IndicatorForm(f.code(), f.nameEn(), f.nameKm(), f.descriptionEn(), f.descriptionKm(), f.resultRef(),
                f.resultKind(), f.unit(), f.numerator(), f.denominator(), f.window(), f.factor(), f.baselineValue(),
                f.baselinePeriodId(), f.sentenceEn(), f.sentenceKm(), targets);
    }

    private Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong("id"), new IndicatorForm(rs.getString("code"), rs.getString("name_en"),
                rs.getString("name_km"), rs.getString("description_en"), rs.getString("description_km"),
                rs.getString("result_ref"), ResultKind.valueOf(rs.getString("result_kind")),
                Unit.valueOf(rs.getString("unit")), read(rs.getString("numerator")),
                Denominator.valueOf(rs.getString("denominator")), Window.valueOf(rs.getString("window_kind")),
                rs.getInt("factor"), rs.getBigDecimal("baseline_value"), (Long) rs.getObject("baseline_period_id"),
                rs.getString("sentence_en"), rs.getString("sentence_km"), Map.of()));
    }

    static Text text(ResultSet rs, String en, String km) throws SQLException {
        return new Text(Map.of("en", rs.getString(en), "km", rs.getString(km)));
    }

    private String write(Rule rule) {
        try {
            return json.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Rule read(String rule) {
        try {
            return json.readValue(rule, Rule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
