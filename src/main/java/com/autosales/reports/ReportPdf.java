package com.autosales.reports;

import com.autosales.shared.documents.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A report as a printable PDF (A4 landscape, the shipped CJK font): title, period and stores, the headline figures,
 * then each section's table with its totals (the charts are on the page).
 */
@Component
class ReportPdf {

    private static final Color SHADE = new Color(0xE9, 0xEC, 0xEF);
    private final ReportFormatter format;
    private final Clock clock;

    ReportPdf(ReportFormatter format, Clock clock) {
        this.format = format;
        this.clock = clock;
    }

    byte[] render(Report report, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 32, 32, 28, 28);
        PdfWriter.getInstance(document, out);
        String title = format.message(report.titleKey(), locale);
        document.addTitle(title + " " + report.period().label());
        document.open();
        Paragraph header = new Paragraph(title, CjkFont.bold(15));
        header.setAlignment(Element.ALIGN_CENTER);
        document.add(header);
        Paragraph meta = new Paragraph(format.message("reports.pdf.meta", locale, report.period().label(),
                report.scopeLabel() == null ? "" : report.scopeLabel(),
                LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))), CjkFont.of(9));
        meta.setAlignment(Element.ALIGN_CENTER);
        meta.setSpacingAfter(8);
        document.add(meta);
        if (!report.headlines().isEmpty()) {
            document.add(headlines(report, locale));
        }
        for (ReportSection section : report.sections()) {
            document.add(section(section, locale));
        }
        document.close();
        return out.toByteArray();
    }

    private PdfPTable headlines(Report report, Locale locale) {
        int columns = Math.min(6, report.headlines().size());
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        for (Headline h : report.headlines()) {
            String compare = h.compareKey() == null ? ""
                    : "\n" + format.message(h.compareKey(), locale) + " " + format.text(h.kind(), h.compareValue(), locale);
            PdfPCell cell = new PdfPCell(new Phrase(format.message(h.labelKey(), locale) + "\n"
                    + format.text(h.kind(), h.value(), locale) + compare, CjkFont.of(9)));
            cell.setPadding(5);
            table.addCell(cell);
        }
        table.completeRow();
        return table;
    }

    private PdfPTable section(ReportSection section, Locale locale) {
        int n = section.columns().size();
        PdfPTable table = new PdfPTable(n);
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        table.setHeaderRows(2);
        PdfPCell title = new PdfPCell(new Phrase(format.message(section.titleKey(), locale), CjkFont.bold(10)));
        title.setColspan(n);
        title.setBackgroundColor(SHADE);
        title.setPadding(4);
        table.addCell(title);
        for (Column column : section.columns()) {
            table.addCell(cell(format.message(column.labelKey(), locale), CjkFont.bold(8), column.kind()));
        }
        for (ReportRow row : section.rows()) {
            addRow(table, section, row, CjkFont.of(8), locale);
        }
        if (section.totals() != null) {
            addRow(table, section, section.totals(), CjkFont.bold(8), locale);
        }
        if (section.noteKey() != null) {
            PdfPCell note = new PdfPCell(new Phrase(format.message(section.noteKey(), locale), CjkFont.of(7)));
            note.setColspan(n);
            note.setBorder(0);
            table.addCell(note);
        }
        return table;
    }

    private void addRow(PdfPTable table, ReportSection section, ReportRow row, Font font, Locale locale) {
        for (int c = 0; c < section.columns().size(); c++) {
            Column column = section.columns().get(c);
            table.addCell(cell(format.text(column.kind(), row.cell(c), locale), font, column.kind()));
        }
    }

    private static PdfPCell cell(String text, Font font, ColumnKind kind) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setHorizontalAlignment(kind.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }
}
