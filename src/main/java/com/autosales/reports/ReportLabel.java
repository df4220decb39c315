package com.autosales.reports;

/** A cell of a text column that is a message to translate (e.g. "合计" in a totals row of names). */
public record ReportLabel(String key) {
}
