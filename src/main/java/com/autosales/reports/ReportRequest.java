package com.autosales.reports;

import com.autosales.access.RecordScope;

/** What a report is asked for: the period, and the reader's data scope (stores and owners) that every query applies. */
public record ReportRequest(ReportPeriod period, RecordScope scope) {
}
