package com.autosales.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 转化率 — a count against a base as a percentage with one decimal (half up); none when the base is 0. */
public final class Conversion {

    /** What a rate without a base shows. */
    public static final String NONE = "—";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Conversion() {
    }

    /** The percentage {@code count / base × 100}, or null when the base is 0 (or less). */
    public static BigDecimal percent(long count, long base) {
        if (base <= 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }

    /** "12.5%", or "—" for no rate. */
    public static String label(BigDecimal percent) {
        return percent == null ? NONE : percent.toPlainString() + "%";
    }
}
