package org.kasang.indicators.internal;

import java.util.List;

/** Whether a rule holds, and the evidence that made the items that hold: what a drill-down shows. */
public record Judgement(boolean holds, List<Long> evidenceIds) {

    public static final Judgement NO = new Judgement(false, List.of());
}
