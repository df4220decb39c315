package com.autosales.reports;

/** The length of a report's period. */
public enum PeriodKind {
    DAY, WEEK, MONTH, YEAR;

    public String messageKey() {
        return "reports.period." + name();
    }
}
