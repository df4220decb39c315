package com.autosales.reports;

import java.util.List;

/**
 * A part of a report: a title, a table (columns, rows, an optional totals row) and optionally the chart drawn from it.
 * A note key explains a rule the reader needs (e.g. how ABC classes are cut).
 */
public record ReportSection(String id, String titleKey, List<Column> columns, List<ReportRow> rows, ReportRow totals,
        Chart chart, String noteKey) {

    public ReportSection {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static ReportSection table(String id, String titleKey, List<Column> columns, List<ReportRow> rows) {
        return new ReportSection(id, titleKey, columns, rows, null, null, null);
    }

    public ReportSection withTotals(ReportRow totals) {
        return new ReportSection(id, titleKey, columns, rows, totals, chart, noteKey);
    }

    public ReportSection withChart(Chart chart) {
        return new ReportSection(id, titleKey, columns, rows, totals, chart, noteKey);
    }

    public ReportSection withNote(String noteKey) {
        return new ReportSection(id, titleKey, columns, rows, totals, chart, noteKey);
    }
}
