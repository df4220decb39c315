package com.autosales.reports;

/**
 * How a report cell's value is shown: TEXT as given (a name), LABEL a message key to translate, COUNT a whole number,
 * MONEY yuan with two decimals, PERCENT a percentage with one decimal, DECIMAL a number with two decimals.
 * A {@code null} value shows as "—".
 */
public enum ColumnKind {
    TEXT, LABEL, COUNT, MONEY, PERCENT, DECIMAL;

    public boolean numeric() {
        return this != TEXT && this != LABEL;
    }
}
