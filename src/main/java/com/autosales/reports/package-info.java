/**
 * 报表 — the report centre: each report is a definition in code ({@link com.autosales.reports.ReportDefinition})
 * that turns a period and the reader's data scope into a {@link com.autosales.reports.Report} (headline figures and
 * sections of chart + table). The page, the Excel file, the PDF and the API all render that one object, so their
 * totals cannot differ. Reports read the other modules' read models (performance facts and sales, the funnel, the
 * customer archive) with aggregate SQL, always with the reader's scope in the where clause.
 */
package com.autosales.reports;
