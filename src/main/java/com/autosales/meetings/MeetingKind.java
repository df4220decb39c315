package com.autosales.meetings;

import com.autosales.reports.PeriodKind;
import java.time.LocalDate;

/** 日会 / 周会 / 月会 — and which period's figures each one reviews: the day, week or month before the meeting. */
public enum MeetingKind {
    DAILY(PeriodKind.DAY), WEEKLY(PeriodKind.WEEK), MONTHLY(PeriodKind.MONTH);

    private final PeriodKind packPeriod;

    MeetingKind(PeriodKind packPeriod) {
        this.packPeriod = packPeriod;
    }

    public PeriodKind packPeriod() {
        return packPeriod;
    }

    /** A day inside the period the meeting reviews: yesterday, a day of last week, a day of last month. */
    public LocalDate reviewedDay(LocalDate heldOn) {
        return switch (this) {
            case DAILY -> heldOn.minusDays(1);
            case WEEKLY -> heldOn.minusWeeks(1);
            case MONTHLY -> heldOn.minusMonths(1);
        };
    }

    public String messageKey() {
        return "meetings.kind." + name();
    }
}
