package com.autosales.payments;

/** 账龄 — how long an open amount is overdue: not yet due (or due today), 1–30, 31–60, 61–90, more than 90 days. */
public enum AgeingBucket {
    CURRENT(Long.MIN_VALUE, 0), DAYS_1_30(1, 30), DAYS_31_60(31, 60), DAYS_61_90(61, 90), OVER_90(91, Long.MAX_VALUE);

    private final long from;
    private final long to;

    AgeingBucket(long from, long to) {
        this.from = from;
        this.to = to;
    }

    static AgeingBucket of(long daysOverdue) {
        for (AgeingBucket b : values()) {
            if (daysOverdue >= b.from && daysOverdue <= b.to) {
                return b;
            }
        }
        throw new IllegalArgumentException(String.valueOf(daysOverdue));
    }
}
