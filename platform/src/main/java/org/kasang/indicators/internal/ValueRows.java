package org.kasang.indicators.internal;

import org.kasang.catalogue.Text;
import org.kasang.indicators.Dimension;
import org.kasang.indicators.DrillDown;
import org.kasang.indicators.EvidenceKind;
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

    /** Units written per statement: each is a handful of array elements, so a statement stays a few MB. */
    private static final int UNITS_PER_STATEMENT = 10_000;
    /** The dimensions a unit is stored with, in the order of {@code indicator_unit}'s columns. */
    private static final List<Dimension> UNIT_DIMENSIONS = List.of(Dimension.PROVINCE, Dimension.DISTRICT,
            Dimension.SEX, Dimension.YOUTH, Dimension.DISABILITY);

    private final JdbcClient jdbc;

    ValueRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The same reads over another connection, for reading: the reports standby ({@code database.ReportsDatabase}). */
    public ValueRows on(JdbcClient other) {
        return new ValueRows(other);
    }

    /** Replaces an indicator's values in a period, and the CBOs and people they counted (V22). */
    public void replace(long indicatorId, long periodId, List<Computation.Cell> cells, List<Computation.Counted> units,
                        Instant at) {
        jdbc.sql("delete from indicator_value where indicator_id = ? and period_id = ?").params(indicatorId, periodId)
                .update();
        jdbc.sql("delete from indicator_unit where indicator_id = ? and period_id = ?").params(indicatorId, periodId)
                .update();
        for (int from = 0; from < units.size(); from += UNITS_PER_STATEMENT) {
            insertUnits(indicatorId, periodId, units.subList(from, Math.min(units.size(), from + UNITS_PER_STATEMENT)));
        }
        for (Computation.Cell cell : cells) {
            jdbc.sql("""
                            insert into indicator_value (indicator_id, period_id, dimension, category, numerator,
                                denominator, value, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(indicatorId, periodId, cell.dimension().name(), cell.category(), cell.numerator(),
                            cell.denominator(), cell.value(), Timestamp.from(at))
                    .update();
        }
    }

    /** Thousands of rows in one statement: each column travels as one array and {@code unnest} deals them out. */
    private void insertUnits(long indicatorId, long periodId, List<Computation.Counted> units) {
        int n = units.size();
        Long[] cbos = new Long[n];
        Long[] people = new Long[n];
        String[][] categories = new String[UNIT_DIMENSIONS.size()][n];
        String[] evidence = new String[n];
        for (int i = 0; i < n; i++) {
            Computation.Subject subject = units.get(i).subject();
            cbos[i] = subject.cboId();
            people[i] = subject.person() == null ? null : subject.person().id();
            for (int d = 0; d < UNIT_DIMENSIONS.size(); d++) {
                categories[d][i] = subject.categories().get(UNIT_DIMENSIONS.get(d));
            }
            evidence[i] = units.get(i).evidenceIds().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        }
        // Positional: named parameters would expand each array into a list of placeholders
        jdbc.sql("""
                        insert into indicator_unit (indicator_id, period_id, cbo_id, person_id, province, district,
                            sex, youth, disability, evidence_ids)
                        select ?, ?, u.cbo, u.person, u.province, u.district, u.sex, u.youth, u.disability,
                               cast(u.evidence as bigint[])
                        from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]),
                                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
                             as u(cbo, person, province, district, sex, youth, disability, evidence)""")
                .params(indicatorId, periodId, cbos, people, categories[0], categories[1], categories[2],
                        categories[3], categories[4], evidence)
                .update();
    }

    /** Whether the computation that stored this indicator's values in the period stored their units too. */
    public boolean hasUnits(long indicatorId, long periodId) {
        return jdbc.sql("select exists (select 1 from indicator_unit where indicator_id = ? and period_id = ?)")
                .params(indicatorId, periodId).query(Boolean.class).single();
    }

    /**
     * The CBOs and people one stored figure counted, with the evidence that made each count (in the rule's order),
     * and the CBO's district and province as they are named now.
     */
    public List<DrillDown.Row> units(long indicatorId, long periodId, Dimension dimension, String category) {
        String column = switch (dimension) {
            case TOTAL -> null;
            case PROVINCE -> "u.province";
            case DISTRICT -> "u.district";
            case SEX -> "u.sex";
            case YOUTH -> "u.youth";
            case DISABILITY -> "u.disability";
        };
        List<DrillDown.Row> rows = new java.util.ArrayList<>();
        jdbc.sql("""
                        select u.cbo_id, c.name cbo_name, d.name_en d_en, d.name_km d_km, p.name_en p_en, p.name_km p_km,
                               u.person_id, pe.full_name, e.id evidence_id, e.kind, e.occurred_on
                        from indicator_unit u
                             join cbo c on c.id = u.cbo_id join commune m on m.id = c.commune_id
                             join district d on d.id = m.district_id join province p on p.id = d.province_id
                             left join person pe on pe.id = u.person_id
                             left join lateral unnest(u.evidence_ids) with ordinality as x(evidence_id, n) on true
                             left join evidence e on e.id = x.evidence_id
                        where u.indicator_id = :indicator and u.period_id = :period"""
                        + (column == null ? "" : " and " + column + " = :category")
                        + " order by u.cbo_id, u.person_id nulls first, x.n")
                .param("indicator", indicatorId).param("period", periodId)
                .params(column == null ? Map.of() : Map.of("category", category))
                .query(rs -> {
                    long cbo = rs.getLong("cbo_id");
                    Long person = (Long) rs.getObject("person_id");
                    DrillDown.Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                    if (last == null || last.cboId() != cbo || !java.util.Objects.equals(last.personId(), person)) {
                        last = new DrillDown.Row(cbo, rs.getString("cbo_name"), IndicatorRows.text(rs, "d_en", "d_km"),
                                IndicatorRows.text(rs, "p_en", "p_km"), person, rs.getString("full_name"),
                                new java.util.ArrayList<>());
                        rows.add(last);
                    }
                    if (rs.getObject("evidence_id") != null) {
                        last.evidence().add(new DrillDown.EvidenceRef(rs.getLong("evidence_id"),
                                EvidenceKind.valueOf(rs.getString("kind")), rs.getDate("occurred_on").toLocalDate()));
                    }
                });
        return rows.stream().map(r -> new DrillDown.Row(r.cboId(), r.cboName(), r.district(), r.province(),
                r.personId(), r.personName(), List.copyOf(r.evidence()))).toList();
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
