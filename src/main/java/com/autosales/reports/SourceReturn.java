package com.autosales.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a lead source brought and cost in a period: leads, test drives, orders, deliveries, the gross margin of the
 * deliveries, and the marketing cost where known ({@code null}: not entered). Ratios round half up, percentages to
 * one decimal, money to two; a ratio over nothing, or needing an unknown cost, is {@code null} ("—").
 */
record SourceReturn(long leads, long testDrives, long orders, long deliveries, BigDecimal margin, BigDecimal cost) {

    /** Leads that ended as deliveries, in percent. */
    BigDecimal conversionPercent() {
        return Shares.percent(deliveries, leads);
    }

    BigDecimal costPerLead() {
        return Shares.per(cost, leads);
    }

    BigDecimal costPerDelivery() {
        return Shares.per(cost, deliveries);
    }

    /** (margin − cost) / cost in percent; none without a cost, or with a cost of zero. */
    BigDecimal roiPercent() {
        if (cost == null || cost.signum() == 0) {
            return null;
        }
        return margin.subtract(cost).multiply(BigDecimal.valueOf(100)).divide(cost, 1, RoundingMode.HALF_UP);
    }

    SourceReturn plus(SourceReturn other) {
        return new SourceReturn(leads + other.leads, testDrives + other.testDrives, orders + other.orders,
                deliveries + other.deliveries, margin.add(other.margin),
                cost == null ? other.cost : other.cost == null ? cost : cost.add(other.cost));
    }

    static SourceReturn none() {
        return new SourceReturn(0, 0, 0, 0, BigDecimal.ZERO, null);
    }
}
