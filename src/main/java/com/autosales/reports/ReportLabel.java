package com.autosales.reports;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A cell of a text column that is a message to translate (e.g. "合计" in a totals row of names). The API sends its
 * key, as it sends the keys of label columns.
 */
public record ReportLabel(@JsonValue String key) {
}
