package com.autosales.reports;

import java.util.Locale;
import org.springframework.stereotype.Component;

/** A report as a PDF for other modules (the meeting records attach the figures pack this way). */
@Component
public class ReportDocuments {

    private final ReportPdf pdf;

    ReportDocuments(ReportPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] pdf(Report report, Locale locale) {
        return pdf.render(report, locale);
    }
}
