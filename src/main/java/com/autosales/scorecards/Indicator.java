package com.autosales.scorecards;

import com.autosales.performance.Figure;
import com.autosales.performance.PerformanceMetric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 考核指标 — what a scorecard can measure: results from the performance facts (quantities, amounts, rates in percent
 * with one decimal, the average satisfaction score) and the two the manager scores 0–100 by hand.
 */
public enum Indicator {
    DELIVERIES, REVENUE, GROSS_MARGIN, TARGET_ATTAINMENT, NEW_LEADS, FOLLOW_UP_PUNCTUALITY, TEST_DRIVE_RATE,
    CONVERSION_RATE, COLLECTION_RATE, SATISFACTION, TEAMWORK, TRAINING;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public boolean manual() {
        return this == TEAMWORK || this == TRAINING;
    }

    public boolean money() {
        return this == REVENUE || this == GROSS_MARGIN;
    }

    /** Rates and attainment are percentages. */
    public boolean percent() {
        return this == TARGET_ATTAINMENT || this == FOLLOW_UP_PUNCTUALITY || this == TEST_DRIVE_RATE
                || this == CONVERSION_RATE || this == COLLECTION_RATE;
    }

    /** A value or target as shown: money with thousands separators, rates with %, "—" for none. */
    public String format(BigDecimal number) {
        if (number == null) {
            return "—";
        }
        if (money()) {
            return String.format(java.util.Locale.ROOT, "¥%,.2f", number);
        }
        String plain = number.stripTrailingZeros().toPlainString();
        return percent() ? plain + " %" : plain;
    }

    public String messageKey() {
        return "scorecards.indicator." + name();
    }

    /** The name in the reader's language when used as an error message argument. */
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(messageKey());
    }

    /**
     * The employee's value for the period; null when there is nothing to measure against (no leads for a rate, no
     * target plan for attainment, no survey for satisfaction) or when the manager scores it.
     */
    BigDecimal valueFrom(Map<PerformanceMetric, Figure> facts, BigDecimal attainmentPercent) {
        return switch (this) {
            case DELIVERIES -> quantity(facts, PerformanceMetric.DELIVERIES);
            case REVENUE -> facts.get(PerformanceMetric.REVENUE).amount();
            case GROSS_MARGIN -> facts.get(PerformanceMetric.GROSS_MARGIN).amount();
            case TARGET_ATTAINMENT -> attainmentPercent;
            case NEW_LEADS -> quantity(facts, PerformanceMetric.NEW_LEADS);
            case FOLLOW_UP_PUNCTUALITY -> rate(quantity(facts, PerformanceMetric.FOLLOW_UPS_ON_TIME),
                    quantity(facts, PerformanceMetric.FOLLOW_UPS));
            case TEST_DRIVE_RATE -> rate(quantity(facts, PerformanceMetric.TEST_DRIVES),
                    quantity(facts, PerformanceMetric.NEW_LEADS));
            case CONVERSION_RATE -> rate(quantity(facts, PerformanceMetric.DELIVERIES),
                    quantity(facts, PerformanceMetric.NEW_LEADS));
            case COLLECTION_RATE -> {
                BigDecimal rate = rate(facts.get(PerformanceMetric.COLLECTIONS).amount(),
                        facts.get(PerformanceMetric.REVENUE).amount());
                yield rate == null ? null : rate.min(HUNDRED.setScale(1));
            }
            case SATISFACTION -> facts.get(PerformanceMetric.SATISFACTION).quantity().signum() == 0 ? null
                    : facts.get(PerformanceMetric.SATISFACTION).average();
            case TEAMWORK, TRAINING -> null;
        };
    }

    private static BigDecimal quantity(Map<PerformanceMetric, Figure> facts, PerformanceMetric metric) {
        return facts.get(metric).quantity();
    }

    private static BigDecimal rate(BigDecimal part, BigDecimal base) {
        if (base == null || base.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(base, 1, RoundingMode.HALF_UP);
    }
}
