package com.autosales.reports;

/**
 * A figure at the top of a report ("交车 12"), with an optional comparison (the target, or the previous period)
 * and the link to the records behind it.
 */
public record Headline(String labelKey, ColumnKind kind, Object value, String compareKey, Object compareValue,
        String link) {

    public static Headline of(String labelKey, ColumnKind kind, Object value) {
        return new Headline(labelKey, kind, value, null, null, null);
    }

    public Headline against(String compareKey, Object compareValue) {
        return new Headline(labelKey, kind, value, compareKey, compareValue, link);
    }

    public Headline linkedTo(String link) {
        return new Headline(labelKey, kind, value, compareKey, compareValue, link);
    }
}
