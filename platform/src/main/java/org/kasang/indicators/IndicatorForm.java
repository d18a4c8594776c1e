package org.kasang.indicators;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What an admin defines about an indicator: its names, the logframe result it measures, what it counts (a rule
 * judged per CBO or per person), the population it is a share of, the window of evidence, the factor (100 for
 * a percentage), the baseline, the sentence's predicate in both languages and the targets by period id.
 */
public record IndicatorForm(String code, String nameEn, String nameKm, String descriptionEn, String descriptionKm,
                            String resultRef, ResultKind resultKind, Unit unit, Rule numerator,
                            Denominator denominator, Window window, int factor, BigDecimal baselineValue,
                            Long baselinePeriodId, String sentenceEn, String sentenceKm,
                            Map<Long, BigDecimal> targets) {

    public IndicatorForm {
        targets = targets == null ? Map.of() : Map.copyOf(targets);
    }
}
