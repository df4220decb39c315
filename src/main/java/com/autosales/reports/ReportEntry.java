package com.autosales.reports;

/** A report's entry in the catalogue: its code (the URL), the message keys of its title and description, its place. */
public record ReportEntry(String code, String titleKey, String descriptionKey, int order) {
}
