package com.autosales.reports;

import java.util.List;
import java.util.Optional;

/** A report's result for one period and reader: what the page, the Excel file, the PDF and the API all show. */
public record Report(String code, String titleKey, ReportPeriod period, String scopeLabel, List<Headline> headlines,
        List<ReportSection> sections) {

    public Report {
        headlines = List.copyOf(headlines);
        sections = List.copyOf(sections);
    }

    /** The same report labelled with the stores it covers (set by the report service, not the definition). */
    public Report withScopeLabel(String label) {
        return new Report(code, titleKey, period, label, headlines, sections);
    }

    public Optional<ReportSection> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
