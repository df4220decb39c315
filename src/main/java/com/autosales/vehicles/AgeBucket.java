package com.autosales.vehicles;

import java.time.LocalDate;

/** 库龄段 — a stock-age bucket in days since arrival: 0–30, 31–60, 61–90, over 90. */
public enum AgeBucket {
    DAYS_0_30(0, 30), DAYS_31_60(31, 60), DAYS_61_90(61, 90), OVER_90(91, Integer.MAX_VALUE);

    private final int fromDays;
    private final int toDays;

    AgeBucket(int fromDays, int toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /** The bucket of an age in days; a vehicle arriving later today (negative age) counts as 0 days. */
    public static AgeBucket of(long days) {
        for (AgeBucket bucket : values()) {
            if (days <= bucket.toDays) {
                return bucket;
            }
        }
        return OVER_90;
    }

    /** The earliest arrival date in this bucket on a day ({@code null}: no limit). */
    public LocalDate arrivedFrom(LocalDate today) {
        return toDays == Integer.MAX_VALUE ? null : today.minusDays(toDays);
    }

    /** The latest arrival date in this bucket on a day. */
    public LocalDate arrivedTo(LocalDate today) {
        return today.minusDays(fromDays);
    }

    public int fromDays() {
        return fromDays;
    }

    public String messageKey() {
        return "vehicles.age." + name();
    }
}
