package com.autosales.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as reports print them: one decimal, rounded half up; nothing ({@code null}, "—") over a zero base. */
final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** Money per unit, two decimals half up; nothing when there are no units. */
    static BigDecimal per(BigDecimal amount, long units) {
        if (amount == null || units == 0) {
            return null;
        }
        return amount.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
    }
}
