package com.autosales.reports;

import com.autosales.shared.documents.XlsxWorkbook;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A report as a workbook: a first sheet with the title, period, stores and headline figures, then a sheet per section
 * with its table and totals. Counts and amounts are numbers (percentages as 12.5 for 12.5 %), so they add up in Excel.
 */
@Component
class ReportExcel {

    private final ReportFormatter format;

    ReportExcel(ReportFormatter format) {
        this.format = format;
    }

    void respond(Report report, Locale locale, HttpServletResponse response) throws IOException {
        XlsxWorkbook.send(response, ReportFiles.name(report, "xlsx"), workbook -> {
            summary(workbook, report, locale);
            for (ReportSection section : report.sections()) {
                section(workbook, section, locale);
            }
        });
    }

    private void summary(XlsxWorkbook workbook, Report report, Locale locale) {
        XlsxWorkbook.Sheet sheet = workbook.sheet(format.message("reports.sheet.summary", locale),
                List.of(format.message(report.titleKey(), locale), ""));
        sheet.width(0, 28);
        sheet.width(1, 24);
        sheet.row(List.of(format.message("reports.period", locale), report.period().label()));
        sheet.row(List.of(format.message("reports.stores", locale), report.scopeLabel() == null ? "" : report.scopeLabel()));
        for (Headline h : report.headlines()) {
            List<Object> cells = new ArrayList<>();
            cells.add(format.message(h.labelKey(), locale));
            cells.add(value(h.kind(), h.value(), locale));
            if (h.compareKey() != null) {
                cells.add(format.message(h.compareKey(), locale));
                cells.add(value(h.kind(), h.compareValue(), locale));
            }
            sheet.row(cells);
        }
    }

    private void section(XlsxWorkbook workbook, ReportSection section, Locale locale) {
        List<String> headers = section.columns().stream().map(c -> format.message(c.labelKey(), locale)).toList();
        XlsxWorkbook.Sheet sheet = workbook.sheet(format.message(section.titleKey(), locale), headers);
        sheet.width(0, 24);
        for (ReportRow row : section.rows()) {
            sheet.row(cells(section, row, locale));
        }
        if (section.totals() != null) {
            sheet.boldRow(cells(section, section.totals(), locale));
        }
    }

    private List<Object> cells(ReportSection section, ReportRow row, Locale locale) {
        List<Object> cells = new ArrayList<>();
        for (int c = 0; c < section.columns().size(); c++) {
            cells.add(value(section.columns().get(c).kind(), row.cell(c), locale));
        }
        return cells;
    }

    private Object value(ColumnKind kind, Object value, Locale locale) {
        if (value == null) {
            return null;
        }
        if (!kind.numeric()) {
            return format.text(kind, value, locale);
        }
        BigDecimal number = ReportFormatter.number(value);
        return switch (kind) {
            case COUNT -> number.longValue();
            case PERCENT -> number.setScale(1, RoundingMode.HALF_UP);
            default -> number.setScale(2, RoundingMode.HALF_UP);
        };
    }
}
