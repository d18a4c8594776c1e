package org.kasang.indicators.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as reports write them: at most two decimals, no trailing zeros, no grouping ("16.25", "63"). */
public final class Numbers {

    private Numbers() {
    }

    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** With a percent sign when the indicator is a percentage (factor 100). */
    public static String value(BigDecimal value, int factor) {
        return value == null ? "" : plain(value) + (factor == 100 ? "%" : "");
    }
}
