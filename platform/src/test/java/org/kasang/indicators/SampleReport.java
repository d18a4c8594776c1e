package org.kasang.indicators;

import org.kasang.catalogue.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An indicator report for 2020 built by hand, in English and Khmer, as the report service would hand it over. */
final class SampleReport {

    static final String PREDICATE_EN = "of target CBOs advocated to national government and local authorities";
    static final String PREDICATE_KM = "នៃ CBO គោលដៅ បានតស៊ូមតិទៅរដ្ឋាភិបាលជាតិ និងអាជ្ញាធរមូលដ្ឋាន";

    private SampleReport() {
    }

    static IndicatorReport of2020() {
        return report(new ReportingPeriod(1, "2020", text("2020", "ឆ្នាំ២០២០"), LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31)));
    }

    static IndicatorReport report(ReportingPeriod period) {
        Map<Dimension, List<IndicatorReport.Figure>> advocacy = new LinkedHashMap<>();
        advocacy.put(Dimension.PROVINCE, List.of(
                figure("02", "Battambang", "បាត់ដំបង", 8, 40, "20"),
                hidden("07", "Kampot", "កំពត"),
                figure("17", "Siem Reap", "សៀមរាប", 5, 25, "20")));
        advocacy.put(Dimension.DISTRICT, List.of(figure("0201", "Banan", "បាណន់", 8, 40, "20")));
        var advocated = new IndicatorReport.Line("1.1",
                text("Target CBOs that advocated to the authorities", "CBO គោលដៅដែលបានតស៊ូមតិទៅអាជ្ញាធរ"),
                "Outcome 1 / 1.1", ResultKind.OUTCOME, Unit.CBOS, Denominator.TARGET_CBOS, 100, new BigDecimal("5"),
                "2019", new BigDecimal("20"), figure("TOTAL", "Total", "សរុប", 13, 80, "16.25"), advocacy,
                List.of(new IndicatorReport.TrendPoint("2019", text("2019", "ឆ្នាំ២០១៩"), new BigDecimal("5"), new BigDecimal("10")),
                        new IndicatorReport.TrendPoint("2020", text("2020", "ឆ្នាំ២០២០"), new BigDecimal("16.25"), new BigDecimal("20"))),
                text(PREDICATE_EN, PREDICATE_KM));

        Map<Dimension, List<IndicatorReport.Figure>> plans = new LinkedHashMap<>();
        plans.put(Dimension.PROVINCE, List.of(count("02", "Battambang", "បាត់ដំបង", 40), count("07", "Kampot", "កំពត", 23)));
        var supported = new IndicatorReport.Line("1.2",
                text("CBOs supported to produce advocacy plans", "CBO ដែលទទួលបានការគាំទ្រក្នុងការរៀបចំផែនការតស៊ូមតិ"),
                "Output 1.2", ResultKind.OUTPUT, Unit.CBOS, Denominator.NONE, 1, BigDecimal.ZERO, "2019",
                new BigDecimal("80"), count("TOTAL", "Total", "សរុប", 63), plans,
                List.of(new IndicatorReport.TrendPoint("2019", text("2019", "ឆ្នាំ២០១៩"), new BigDecimal("20"), new BigDecimal("40")),
                        new IndicatorReport.TrendPoint("2020", text("2020", "ឆ្នាំ២០២០"), new BigDecimal("63"), new BigDecimal("80"))),
                text("CBOs were supported to produce advocacy plans", "CBO ត្រូវបានគាំទ្រឱ្យរៀបចំផែនការតស៊ូមតិ"));

        Map<Dimension, List<IndicatorReport.Figure>> learners = new LinkedHashMap<>();
        learners.put(Dimension.SEX, List.of(count("FEMALE", "Women", "ស្ត្រី", 30), hidden("MALE", "Men", "បុរស")));
        var completed = new IndicatorReport.Line("2.1",
                text("Members who completed budget literacy", "សមាជិកដែលបានបញ្ចប់វគ្គអក្ខរកម្មថវិកា"),
                "Output 2.1", ResultKind.OUTPUT, Unit.PEOPLE, Denominator.NONE, 1, null, null, null,
                count("TOTAL", "Total", "សរុប", 33), learners, List.of(),
                text("members completed budget literacy", "សមាជិកបានបញ្ចប់វគ្គអក្ខរកម្មថវិកា"));
        return new IndicatorReport(period, List.of(advocated, supported, completed), 5);
    }

    static Text text(String en, String km) {
        return new Text(Map.of("en", en, "km", km));
    }

    private static IndicatorReport.Figure figure(String category, String en, String km, int numerator,
                                                 int denominator, String value) {
        return new IndicatorReport.Figure(category, text(en, km), numerator, denominator, new BigDecimal(value), false);
    }

    private static IndicatorReport.Figure count(String category, String en, String km, int count) {
        return new IndicatorReport.Figure(category, text(en, km), count, null, BigDecimal.valueOf(count), false);
    }

    private static IndicatorReport.Figure hidden(String category, String en, String km) {
        return new IndicatorReport.Figure(category, text(en, km), 0, null, null, true);
    }
}
