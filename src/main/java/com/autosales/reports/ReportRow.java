package com.autosales.reports;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A table row: one value per column, and where there is one the link to the records behind it. */
public record ReportRow(List<Object> cells, String link) {

    public ReportRow {
        cells = Collections.unmodifiableList(Arrays.asList(cells.toArray())); // values may be null ("—")
    }

    public static ReportRow of(Object... cells) {
        return new ReportRow(Arrays.asList(cells), null);
    }

    public ReportRow linkedTo(String link) {
        return new ReportRow(cells, link);
    }

    public Object cell(int column) {
        return cells.get(column);
    }
}
