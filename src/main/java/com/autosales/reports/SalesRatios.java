package com.autosales.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The ratios the sales reports print, rounded once here so the page, the exports and the API agree: percentages and
 * changes with one decimal, averages of money with two; {@code null} ("—") where the base is zero.
 */
final class SalesRatios {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SalesRatios() {
    }

    /** {@code part} as a percentage of {@code whole} (a share, a margin rate). */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** The change from {@code previous} to {@code current} in percent of {@code previous} (环比 / 同比). */
    static BigDecimal change(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null || previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).multiply(HUNDRED).divide(previous.abs(), 1, RoundingMode.HALF_UP);
    }

    /** The change of a percentage in percentage points (a margin rate of 8.0 % after 10.0 % is −2.0). */
    static BigDecimal points(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null) {
            return null;
        }
        return current.subtract(previous).setScale(1, RoundingMode.HALF_UP);
    }

    /** An amount per unit (the average discount per car). */
    static BigDecimal average(BigDecimal amount, long units) {
        if (amount == null || units == 0) {
            return null;
        }
        return amount.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
