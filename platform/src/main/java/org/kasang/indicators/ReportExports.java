package org.kasang.indicators;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kasang.common.Csv;
import org.kasang.indicators.internal.Numbers;
import org.kasang.indicators.internal.ReportWorkbook;
import org.kasang.indicators.internal.Translations;
import org.kasang.pdf.PdfDocuments;
import org.kasang.security.ExportLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An indicator report as files that leave Kasang: CSV, XLSX, PDF and a DHIS2 dataValueSet. The report comes in
 * already suppressed and carries no names (its records hold none), so the files hold only aggregate figures;
 * suppressed cells go out as a marker, or not at all in DHIS2. Every file made is logged (decision 013).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ReportExports {

    public static final String KIND = "indicator-report";
    public static final String DRILL_DOWN_KIND = "indicator-drill-down";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The DHIS2 organisation unit that stands for the whole programme. */
    public static final String ORG_UNIT = "KASANG";

    private final ExportLog log;
    private final PdfDocuments pdfs;
    private final ReportCharts charts;
    private final ObjectMapper json;

    ReportExports(ExportLog log, PdfDocuments pdfs, ReportCharts charts, ObjectMapper json) {
        this.log = log;
        this.pdfs = pdfs;
        this.charts = charts;
        this.json = json;
    }

    /** One row per figure: the total with baseline and target, then each breakdown cell. */
    @Transactional
    public byte[] csv(IndicatorReport report, Locale locale) {
        List<List<String>> rows = rows(report, locale);
        logged(report, rows.size() - 1);
        return Csv.write(rows);
    }

    /** A sheet with the indicator table and a sheet with every figure, numbers as numbers. */
    @Transactional
    public byte[] xlsx(IndicatorReport report, Locale locale) {
        Translations t = Translations.of(locale);
        byte[] file = new ReportWorkbook(t).write(report, rows(report, locale));
        logged(report, report.lines().size());
        return file;
    }

    /** The indicator table, each indicator's sentence and its trend and by-province charts. */
    @Transactional
    public byte[] pdf(IndicatorReport report, Locale locale) {
        Translations t = Translations.of(locale);
        List<PdfDocuments.IndicatorRow> rows = new ArrayList<>();
        List<PdfDocuments.IndicatorSection> sections = new ArrayList<>();
        for (IndicatorReport.Line line : report.lines()) {
            rows.add(new PdfDocuments.IndicatorRow(line.code(), line.name().in(locale),
                    Numbers.value(line.baseline(), line.factor()), Numbers.value(line.target(), line.factor()),
                    cell(line.total(), line.factor(), report.suppressBelow(), t),
                    line.total().suppressed() ? "" : Numbers.value(line.percentOfTarget(), 100)));
            List<byte[]> images = new ArrayList<>();
            if (!line.trend().isEmpty()) {
                images.add(charts.trend(line, locale));
            }
            if (!line.breakdown().getOrDefault(Dimension.PROVINCE, List.of()).isEmpty()) {
                images.add(charts.byProvince(line, locale));
            }
            sections.add(new PdfDocuments.IndicatorSection(line.code(), line.name().in(locale),
                    sentence(line, report.suppressBelow(), t), images));
        }
        byte[] file = pdfs.indicatorReport(new PdfDocuments.IndicatorTable(locale, report.period().name().in(locale),
                t.get("report-export.suppressed-note", report.suppressBelow()), rows, sections));
        logged(report, report.lines().size());
        return file;
    }

    /**
     * A DHIS2 dataValueSet: one value per indicator and cell; the total and the sex, youth and disability cells
     * at the programme's organisation unit, province and district cells at their gazetteer code (decision 016).
     */
    @Transactional
    public byte[] dhis2(IndicatorReport report) {
        ObjectNode root = json.createObjectNode();
        ArrayNode values = root.putArray("dataValues");
        String period = dhis2Period(report.period());
        for (IndicatorReport.Line line : report.lines()) {
            add(values, line.code(), period, ORG_UNIT, line.total());
            for (Map.Entry<Dimension, List<IndicatorReport.Figure>> cells : line.breakdown().entrySet()) {
                boolean place = cells.getKey() == Dimension.PROVINCE || cells.getKey() == Dimension.DISTRICT;
                for (IndicatorReport.Figure figure : cells.getValue()) {
                    add(values, line.code(), period, place ? figure.category() : ORG_UNIT,
                            place ? withCategory(figure, Dimension.TOTAL.name()) : figure);
                }
            }
        }
        try {
            byte[] file = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
            logged(report, values.size());
            return file;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "16.25% (13 of 80) of target CBOs advocated …", or "63 CBOs were supported …" for a plain count. */
    public static String sentence(IndicatorReport.Line line, int suppressBelow, Locale locale) {
        return sentence(line, suppressBelow, Translations.of(locale));
    }

    /** "kasang-indicators-2020.xlsx": the period's code made safe for a file name. */
    public static String fileName(IndicatorReport report, String extension) {
        return "kasang-indicators-" + report.period().code().replaceAll("[^A-Za-z0-9_-]", "-") + "." + extension;
    }

    /** A yearly DHIS2 period ("2020") for a calendar year, else the period's own code. */
    static String dhis2Period(ReportingPeriod period) {
        LocalDate from = period.startsOn();
        LocalDate to = period.endsOn();
        boolean calendarYear = from.getDayOfYear() == 1 && to.getYear() == from.getYear()
                && to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
        return calendarYear ? Integer.toString(from.getYear()) : period.code();
    }

    private static String sentence(IndicatorReport.Line line, int suppressBelow, Translations t) {
        IndicatorReport.Figure total = line.total();
        String predicate = line.sentencePredicate() == null ? "" : line.sentencePredicate().in(t.locale());
        if (total.suppressed() || total.value() == null) {
            return t.get("report-export.sentence.suppressed", suppressBelow, predicate);
        }
        if (total.denominator() == null) {
            return t.get("report-export.sentence.count", Numbers.plain(total.value()), predicate);
        }
        return t.get("report-export.sentence", Numbers.value(total.value(), line.factor()),
                Integer.toString(total.numerator()), Integer.toString(total.denominator()), predicate);
    }

    private static String cell(IndicatorReport.Figure figure, int factor, int suppressBelow, Translations t) {
        return figure.suppressed() ? t.get("report-export.suppressed", suppressBelow) : Numbers.value(figure.value(), factor);
    }

    private List<List<String>> rows(IndicatorReport report, Locale locale) {
        Translations t = Translations.of(locale);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("report-export.column.code"), t.get("report-export.column.name"),
                t.get("report-export.column.result"), t.get("report-export.column.unit"),
                t.get("report-export.column.period"), t.get("report-export.column.dimension"),
                t.get("report-export.column.category"), t.get("report-export.column.category-name"),
                t.get("report-export.column.numerator"), t.get("report-export.column.denominator"),
                t.get("report-export.column.value"), t.get("report-export.column.baseline"),
                t.get("report-export.column.target"), t.get("report-export.column.percent-of-target")));
        for (IndicatorReport.Line line : report.lines()) {
            rows.add(row(report, line, Dimension.TOTAL, line.total(), locale, t, true));
            for (Map.Entry<Dimension, List<IndicatorReport.Figure>> cells : line.breakdown().entrySet()) {
                for (IndicatorReport.Figure figure : cells.getValue()) {
                    rows.add(row(report, line, cells.getKey(), figure, locale, t, false));
                }
            }
        }
        return rows;
    }

    private static List<String> row(IndicatorReport report, IndicatorReport.Line line, Dimension dimension,
                                    IndicatorReport.Figure figure, Locale locale, Translations t, boolean total) {
        boolean hidden = figure.suppressed();
        return List.of(line.code(), line.name().in(locale), line.resultRef() == null ? "" : line.resultRef(),
                line.unit().name(), report.period().code(), dimension.name(), figure.category(),
                figure.label() == null ? "" : figure.label().in(locale),
                hidden ? t.get("report-export.suppressed", report.suppressBelow()) : Integer.toString(figure.numerator()),
                hidden || figure.denominator() == null ? "" : Integer.toString(figure.denominator()),
                hidden ? "" : Numbers.plain(figure.value()),
                total ? Numbers.plain(line.baseline()) : "", total ? Numbers.plain(line.target()) : "",
                total && !hidden ? Numbers.plain(line.percentOfTarget()) : "");
    }

    private static void add(ArrayNode values, String dataElement, String period, String orgUnit,
                            IndicatorReport.Figure figure) {
        if (figure.suppressed() || figure.value() == null) {
            return;
        }
        values.addObject().put("dataElement", dataElement).put("period", period).put("orgUnit", orgUnit)
                .put("categoryOptionCombo", figure.category()).put("value", Numbers.plain(figure.value()));
    }

    private static IndicatorReport.Figure withCategory(IndicatorReport.Figure figure, String category) {
        return new IndicatorReport.Figure(category, figure.label(), figure.numerator(), figure.denominator(),
                figure.value(), figure.suppressed());
    }

    /**
     * The CBOs (and people) behind one figure as CSV, with the evidence behind each. CBOs go by name; people by a
     * code unless names are deliberately included with a reason. Logged either way.
     */
    @Transactional
    public byte[] drillDownCsv(DrillDown drill, String periodCode, boolean withNames, String reason, Locale locale) {
        ExportLog.checkReason(withNames, reason);
        Translations t = Translations.of(locale);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(t.get("report.drill.cbo"), t.get("report.drill.district"),
                t.get("report.drill.province")));
        if (drill.unit() == Unit.PEOPLE) {
            header.add(t.get(withNames ? "report.drill.person" : "export.column.code"));
        }
        header.add(t.get("report.drill.evidence"));
        rows.add(header);
        for (DrillDown.Row row : drill.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.cboName(), row.district().in(locale),
                    row.province().in(locale)));
            if (drill.unit() == Unit.PEOPLE) {
                cells.add(withNames ? row.personName() : "K" + row.personId());
            }
            cells.add(row.evidence().stream().map(e -> t.get("report.drill.evidence-item",
                    t.get("report.evidence." + e.kind().name()), e.occurredOn().toString(), e.id()))
                    .collect(java.util.stream.Collectors.joining("; ")));
            rows.add(cells);
        }
        log.record(DRILL_DOWN_KIND, drill.indicatorCode() + " " + periodCode + " " + drill.dimension() + " "
                + drill.category(), withNames, reason, drill.rows().size());
        return Csv.write(rows);
    }

    private void logged(IndicatorReport report, int rows) {
        log.record(KIND, report.period().code(), false, null, rows);
    }
}
