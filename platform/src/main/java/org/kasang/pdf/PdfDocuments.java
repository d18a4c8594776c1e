package org.kasang.pdf;

import org.kasang.pdf.internal.CertificatePage;
import org.kasang.pdf.internal.Fonts;
import org.kasang.pdf.internal.IndicatorReportPages;
import org.kasang.pdf.internal.Labels;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Documents a learner keeps, rendered from what the caller gives: no database, no security of its own (the
 * caller decides who may have which certificate). Khmer is shaped correctly and stays selectable text.
 */
@Component
public class PdfDocuments {

    /**
     * @param cboName   the learner's CBO, or null when they have none
     * @param locale    the language of the labels and of the date
     * @param reference a code that identifies the certificate, printed small
     */
    public record Certificate(String learnerName, String courseTitle, String cboName, LocalDate completedOn,
                              Locale locale, String reference) {

        public Certificate {
            Objects.requireNonNull(learnerName, "learnerName");
            Objects.requireNonNull(courseTitle, "courseTitle");
            Objects.requireNonNull(completedOn, "completedOn");
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** A one-page A4 landscape certificate of completion, as PDF bytes. */
    public byte[] certificate(Certificate c) {
        return new CertificatePage(Fonts.bundled(), Labels.of(c.locale()))
                .render(c.learnerName(), c.courseTitle(), c.cboName(), c.completedOn(), c.reference());
    }

    /**
     * An indicator table for one period as it leaves Kasang: figures already formatted and suppressed by the
     * caller, who also decides who may have it. Labels come from the translations in {@code locale}.
     *
     * @param note a line under the table, e.g. how small cells were hidden
     */
    public record IndicatorTable(Locale locale, String periodName, String note, List<IndicatorRow> rows,
                                  List<IndicatorSection> sections) {

        public IndicatorTable {
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(periodName, "periodName");
            rows = List.copyOf(rows);
            sections = List.copyOf(sections);
        }
    }

    /** One row of the indicator table: code, name, baseline, target, actual and % of target, as printed. */
    public record IndicatorRow(String code, String name, String baseline, String target, String actual,
                               String percentOfTarget) {
    }

    /** One indicator's sentence ("16.25% (13 of 80) of target CBOs …") and its charts as PNG bytes. */
    public record IndicatorSection(String code, String name, String sentence, List<byte[]> charts) {

        public IndicatorSection {
            charts = List.copyOf(charts);
        }
    }

    /** An indicator report on A4 landscape, as PDF bytes. */
    public byte[] indicatorReport(IndicatorTable report) {
        Labels labels = Labels.of(report.locale());
        String title = labels.get("report-export.pdf.title");
        try (var pages = new IndicatorReportPages(Fonts.bundled(), labels, title + " \u00B7 " + report.periodName())) {
            return pages.render(title, labels.get("report-export.pdf.period", report.periodName()), report.note(),
                    report.rows().stream().map(r -> new IndicatorReportPages.Row(r.code(), r.name(), r.baseline(),
                            r.target(), r.actual(), r.percentOfTarget())).toList(),
                    report.sections().stream().map(s -> new IndicatorReportPages.Section(s.code(), s.name(),
                            s.sentence(), s.charts())).toList());
        }
    }
}
