package org.kasang.indicators;

import org.kasang.catalogue.Text;

/** One row of the indicator list. */
public record IndicatorSummary(long id, String code, Text name, String resultRef, ResultKind resultKind, Unit unit,
                               Denominator denominator) {
}
