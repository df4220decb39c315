package com.autosales.reports;

/** Download names: {@code sales-analysis-2026-11.xlsx}. */
final class ReportFiles {

    private ReportFiles() {
    }

    static String name(Report report, String extension) {
        return report.code() + "-" + report.period().start() + (report.period().kind() == PeriodKind.DAY ? ""
                : "-" + report.period().kind().name().toLowerCase()) + "." + extension;
    }
}
