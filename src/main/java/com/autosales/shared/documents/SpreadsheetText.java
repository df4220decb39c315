package com.autosales.shared.documents;

/**
 * Text for a spreadsheet cell that a spreadsheet program must not run: a value starting with {@code = + - @}
 * (or a tab or carriage return before one) is prefixed with a quote, so "=HYPERLINK(…)" typed into a field stays text.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The value as safe cell text; {@code null} becomes an empty cell. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
