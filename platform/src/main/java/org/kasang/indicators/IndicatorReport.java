package org.kasang.indicators;

import org.kasang.catalogue.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The indicator table for one period as it leaves Kasang or shows on screen: per indicator its baseline,
 * target, actual value, breakdowns and trend. Cells below the suppression threshold are marked suppressed and
 * carry no figures; the table never carries names.
 */
public record IndicatorReport(ReportingPeriod period, List<Line> lines, int suppressBelow) {

    public record Line(String code, Text name, String resultRef, ResultKind resultKind, Unit unit,
                       Denominator denominator, int factor, BigDecimal baseline, String baselinePeriodCode,
                       BigDecimal target, Figure total, Map<Dimension, List<Figure>> breakdown,
                       List<TrendPoint> trend, Text sentencePredicate) {

        /** Actual as a share of the target, in percent; null without a target. */
        public BigDecimal percentOfTarget() {
            if (target == null || target.signum() == 0 || total.value() == null) {
                return null;
            }
            return total.value().multiply(BigDecimal.valueOf(100)).divide(target, 2, java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * One cell: the category (e.g. FEMALE, a province code, or TOTAL), its label, numerator, denominator (null
     * for plain counts) and value (numerator × factor ÷ denominator, or the count). A suppressed cell has
     * numerator 0, denominator null and value null.
     */
    public record Figure(String category, Text label, int numerator, Integer denominator, BigDecimal value,
                         boolean suppressed) {
    }

    public record TrendPoint(String periodCode, Text periodName, BigDecimal value, BigDecimal target) {
    }
}
