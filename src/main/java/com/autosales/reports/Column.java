package com.autosales.reports;

/** A report table's column: its heading (a message key) and the kind of its values. */
public record Column(String labelKey, ColumnKind kind) {

    public static Column text(String labelKey) {
        return new Column(labelKey, ColumnKind.TEXT);
    }

    public static Column label(String labelKey) {
        return new Column(labelKey, ColumnKind.LABEL);
    }

    public static Column count(String labelKey) {
        return new Column(labelKey, ColumnKind.COUNT);
    }

    public static Column money(String labelKey) {
        return new Column(labelKey, ColumnKind.MONEY);
    }

    public static Column percent(String labelKey) {
        return new Column(labelKey, ColumnKind.PERCENT);
    }

    public static Column decimal(String labelKey) {
        return new Column(labelKey, ColumnKind.DECIMAL);
    }
}
