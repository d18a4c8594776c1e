package org.kasang.indicators;

import org.kasang.catalogue.Text;
import org.kasang.database.ReportsDatabase;
import org.kasang.indicators.internal.Computation.Needs;
import org.kasang.indicators.internal.Computation;
import org.kasang.indicators.internal.EvidenceRows;
import org.kasang.indicators.internal.IndicatorRows;
import org.kasang.indicators.internal.PeriodRows;
import org.kasang.indicators.internal.ValueRows;
import org.kasang.indicators.internal.Translations;
import org.kasang.indicators.internal.World;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Computes the indicators of a period into stored values, reads them back as the indicator table, says each
 * headline as a sentence, and lists the CBOs, people and evidence behind any figure.
 */
@Service
public class IndicatorReports {

    private static final EnumSet<Dimension> PERSONAL = EnumSet.of(Dimension.SEX, Dimension.YOUTH, Dimension.DISABILITY);

    private final IndicatorRows indicators;
    private final PeriodRows periods;
    private final ValueRows values;
    private final EvidenceRows evidence;
    private final World world;
    private final ReportsDatabase reads;
    private final Clock clock;
    private final int youthMin;
    private final int youthMax;
    private final int suppressBelow;

    IndicatorReports(IndicatorRows indicators, PeriodRows periods, ValueRows values, EvidenceRows evidence, World world,
                     ReportsDatabase reads, Clock clock, @Value("${kasang.indicators.youth-min:15}") int youthMin,
                     @Value("${kasang.indicators.youth-max:30}") int youthMax,
                     @Value("${kasang.indicators.suppress-below:5}") int suppressBelow) {
        this.indicators = indicators;
        this.periods = periods;
        this.values = values;
        this.evidence = evidence;
        this.world = world;
        this.reads = reads;
        this.clock = clock;
        this.youthMin = youthMin;
        this.youthMax = youthMax;
        this.suppressBelow = suppressBelow;
    }

    /**
     * Computes every indicator for the period, replacing its stored values. The evidence, CBOs and members are read
     * on the reports standby when there is one that has caught up (the heavy part); the values are written here.
     * @return how many indicators
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int compute(long periodId) {
        ReportingPeriod period = period(periodId);
        List<IndicatorRows.Stored> all = indicators.all();
        Map<Window, Needs> needs = new EnumMap<>(Window.class);
        all.forEach(i -> needs.merge(i.form().window(), Needs.of(i.form()), Needs::and));
        boolean members = needs.values().stream().anyMatch(Needs::members);
        Map<Long, Computation.Result> results = reads.read(jdbc -> {
            World on = world.on(jdbc);
            EvidenceRows log = evidence.on(jdbc);
            Map<Window, Computation> computations = new EnumMap<>(Window.class);
            World.Snapshot snapshot = on.at(period.endsOn(), members);
            Map<Long, Computation.Result> byIndicator = new LinkedHashMap<>();
            for (IndicatorRows.Stored indicator : all) {
                Computation computation = computations.computeIfAbsent(indicator.form().window(),
                        window -> computation(on, log, window, needs.get(window), period, snapshot));
                byIndicator.put(indicator.id(), computation.run(indicator.form()));
            }
            return byIndicator;
        });
        Instant now = clock.instant();
        for (IndicatorRows.Stored indicator : all) {
            Computation.Result result = results.get(indicator.id());
            values.replace(indicator.id(), periodId, Computation.cells(indicator.form(), result), result.counted(), now);
        }
        return all.size();
    }

    /** When the period was computed, and whether evidence changed since (so the figures may be out of date). */
    public record Freshness(Instant computedAt, boolean evidenceChangedSince) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Freshness> freshness(long periodId) {
        return values.computedAt(periodId).map(at -> new Freshness(at, values.evidenceChangedSince(at)));
    }

    /** The table as admins see it on screen: small cells shown, since they may open the names anyway. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public IndicatorReport report(long periodId) {
        return report(periodId, false);
    }

    /**
     * The table from stored values. Suppressed, breakdown cells with fewer than the threshold (but more than
     * none) carry no figures: the form for any table that leaves Kasang.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public IndicatorReport report(long periodId, boolean suppressed) {
        ReportingPeriod period = period(periodId);
        Map<Long, List<ValueRows.Row>> byIndicator = new LinkedHashMap<>();
        values.ofPeriod(periodId).forEach(row -> byIndicator.computeIfAbsent(row.indicatorId(), k -> new ArrayList<>())
                .add(row));
        Map<Long, List<IndicatorReport.TrendPoint>> trends = new HashMap<>();
        values.trend().forEach(p -> trends.computeIfAbsent(p.indicatorId(), k -> new ArrayList<>())
                .add(new IndicatorReport.TrendPoint(p.periodCode(), p.periodName(), p.value(), p.target())));
        Map<String, Text> places = values.placeNames();
        Map<Long, String> periodCodes = new HashMap<>();
        List<IndicatorReport.Line> lines = new ArrayList<>();
        for (IndicatorRows.Stored stored : indicators.all()) {
            List<ValueRows.Row> rows = byIndicator.get(stored.id());
            if (rows == null) {
                continue;
            }
            IndicatorForm f = stored.form();
            IndicatorReport.Figure total = null;
            Map<Dimension, List<IndicatorReport.Figure>> breakdown = new EnumMap<>(Dimension.class);
            for (ValueRows.Row row : rows) {
                if (row.dimension() == Dimension.TOTAL) {
                    total = new IndicatorReport.Figure(row.category(), Translations.text("indicator.category.TOTAL"),
                            row.numerator(), row.denominator(), row.value(), false);
                    continue;
                }
                Text label = PERSONAL.contains(row.dimension())
                        ? Translations.text("indicator.category." + row.dimension() + "." + row.category())
                        : places.getOrDefault(row.category(), Translations.text("indicator.category.NOT_STATED"));
                boolean hide = suppressed && row.numerator() > 0 && row.numerator() < suppressBelow;
                breakdown.computeIfAbsent(row.dimension(), k -> new ArrayList<>()).add(hide
                        ? new IndicatorReport.Figure(row.category(), label, 0, null, null, true)
                        : new IndicatorReport.Figure(row.category(), label, row.numerator(), row.denominator(),
                                row.value(), false));
            }
            String baselineCode = f.baselinePeriodId() == null ? null : periodCodes.computeIfAbsent(
                    f.baselinePeriodId(), id -> periods.find(id).map(ReportingPeriod::code).orElse(null));
            lines.add(new IndicatorReport.Line(f.code(), new Text(Map.of("en", f.nameEn(), "km", f.nameKm())),
                    f.resultRef(), f.resultKind(), f.unit(), f.denominator(), f.factor(), f.baselineValue(),
                    baselineCode, f.targets().get(periodId), total, breakdown,
                    trends.getOrDefault(stored.id(), List.of()),
                    new Text(Map.of("en", f.sentenceEn(), "km", f.sentenceKm()))));
        }
        return new IndicatorReport(period, lines, suppressed ? suppressBelow : 0);
    }

    /** "16.25% (13 of 80) of target CBOs advocated …", or "63 CBOs supported …" for a count. */
    public static String sentence(IndicatorReport.Line line, Locale locale) {
        IndicatorReport.Figure total = line.total();
        String predicate = line.sentencePredicate().in(locale);
        if (line.denominator() == Denominator.NONE || total.denominator() == null) {
            return Translations.of(locale).get("indicator.sentence.count", number(BigDecimal.valueOf(total.numerator())),
                    predicate);
        }
        String value = number(total.value() == null ? BigDecimal.ZERO : total.value());
        String key = switch (line.factor()) {
            case 100 -> "indicator.sentence.percent";
            case 1000 -> "indicator.sentence.permille";
            default -> "indicator.sentence.ratio";
        };
        return Translations.of(locale).get(key, value, number(BigDecimal.valueOf(total.numerator())),
                number(BigDecimal.valueOf(total.denominator())), predicate);
    }

    /** Up to two decimals, none for whole numbers: 16.25, 78.75, 80. */
    public static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    /**
     * The CBOs (and people) behind one figure, each with the evidence that made it count: those the computation
     * counted and stored with the value (V22). A value computed before units were stored, or a period not
     * computed yet, is computed again from the evidence log as the stored value was. Admins only: it names people.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public DrillDown drillDown(long indicatorId, long periodId, Dimension dimension, String category) {
        ReportingPeriod period = period(periodId);
        IndicatorForm f = indicators.find(indicatorId)
                .orElseThrow(() -> new NoSuchElementException("indicator " + indicatorId)).form();
        Integer stored = values.numerator(indicatorId, periodId, dimension, category).orElse(null);
        boolean computed = values.numerator(indicatorId, periodId, Dimension.TOTAL, Computation.TOTAL)
                .map(total -> total == 0 || values.hasUnits(indicatorId, periodId)).orElse(false);
        List<DrillDown.Row> rows = computed
                ? new ArrayList<>(reads.read(jdbc -> values.on(jdbc).units(indicatorId, periodId, dimension, category)))
                : recount(f, period, dimension, category);
        rows.sort(Comparator.comparing(DrillDown.Row::cboName)
                .thenComparing(r -> r.personName() == null ? "" : r.personName()));
        return new DrillDown(f.code(), f.unit(), dimension, category, stored, rows);
    }

    private List<DrillDown.Row> recount(IndicatorForm f, ReportingPeriod period, Dimension dimension, String category) {
        return reads.read(jdbc -> {
            World on = world.on(jdbc);
            EvidenceRows log = evidence.on(jdbc);
            Needs needs = Needs.of(f);
            World.Snapshot snapshot = on.at(period.endsOn(), needs.members());
            Computation.Result result = computation(on, log, f.window(), needs, period, snapshot).run(f);
            List<Computation.Counted> counted = result.counted().stream()
                    .filter(c -> category.equals(c.subject().categories().get(dimension))).toList();
            Map<Long, org.kasang.indicators.Evidence> byId = new HashMap<>();
            log.byIds(counted.stream().flatMap(c -> c.evidenceIds().stream()).distinct().toList())
                    .forEach(e -> byId.put(e.id(), e));
            List<DrillDown.Row> found = new ArrayList<>();
            for (Computation.Counted c : counted) {
                World.Place place = snapshot.cbos().get(c.subject().cboId());
                World.Person person = c.subject().person();
                found.add(new DrillDown.Row(place.cboId(), place.name(), place.district(), place.province(),
                        person == null ? null : person.id(), person == null ? null : person.fullName(),
                        c.evidenceIds().stream().map(byId::get).filter(java.util.Objects::nonNull)
                                .map(e -> new DrillDown.EvidenceRef(e.id(), e.kind(), e.occurredOn())).toList()));
            }
            return found;
        });
    }

    /** The same, for a line of the report, which names its indicator by code. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public DrillDown drillDown(String indicatorCode, long periodId, Dimension dimension, String category) {
        long id = indicators.idOf(indicatorCode)
                .orElseThrow(() -> new NoSuchElementException("indicator " + indicatorCode));
        return drillDown(id, periodId, dimension, category);
    }

    /** Reads what the indicators of one window need (their evidence; former members only if members count). */
    private Computation computation(World on, EvidenceRows log, Window window, Needs needs, ReportingPeriod period,
                                    World.Snapshot snapshot) {
        List<org.kasang.indicators.Evidence> inWindow = log.dated(
                window == Window.PERIOD ? period.startsOn() : null, period.endsOn(), needs.kinds(), needs.judged());
        Map<Long, World.Person> formerMembers = needs.members()
                ? on.people(Computation.strangers(inWindow, snapshot)) : Map.of();
        return new Computation(snapshot, formerMembers, inWindow, period.endsOn(), youthMin, youthMax);
    }

    private ReportingPeriod period(long periodId) {
        return periods.find(periodId).orElseThrow(() -> new NoSuchElementException("period " + periodId));
    }
}
