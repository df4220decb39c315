package com.autosales.customers;

import com.autosales.shared.documents.SpreadsheetText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** 访问日报 / 月报 as an Excel workbook: one sheet with the figures per rep, one with every visit. */
@Component
class VisitReportExcel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter FILE_MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final MessageSource messages;
    private final Clock clock;

    VisitReportExcel(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    static String filename(VisitReport report) {
        return report.period() == VisitReport.Period.MONTH
                ? "visits-month-" + report.from().format(FILE_MONTH) + ".xlsx"
                : "visits-day-" + report.from().format(FILE_DAY) + ".xlsx";
    }

    void respond(VisitReport report, Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(CustomerExcelExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename(report)).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        write(report, locale, response.getOutputStream());
    }

    void write(VisitReport report, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);

            Sheet summary = workbook.createSheet(text("customer.visits.report.summary", locale));
            Row title = summary.createRow(0);
            title.createCell(0).setCellValue(text(report.period() == VisitReport.Period.MONTH
                    ? "customer.visits.report.monthly" : "customer.visits.report.daily", locale)
                    + " " + report.from() + (report.from().equals(report.to()) ? "" : " ~ " + report.to()));
            title.getCell(0).setCellStyle(header);
            List<String> heads = new java.util.ArrayList<>(List.of(text("customer.visits.rep", locale),
                    text("customer.visits.report.visits", locale)));
            for (VisitKind kind : VisitKind.values()) {
                heads.add(text("customer.visits.kind." + kind, locale));
            }
            heads.add(text("customer.visits.report.customers", locale));
            heads.add(text("customer.visits.report.with-next-step", locale));
            headerRow(summary, 2, heads, header);
            int r = 3;
            for (VisitReport.RepLine line : report.reps()) {
                Row row = summary.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(SpreadsheetText.safe(line.repName()));
                row.createCell(c++).setCellValue(line.visits());
                for (VisitKind kind : VisitKind.values()) {
                    row.createCell(c++).setCellValue(line.byKind().get(kind));
                }
                row.createCell(c++).setCellValue(line.customers());
                row.createCell(c).setCellValue(line.withNextStep());
            }
            Row total = summary.createRow(r);
            total.createCell(0).setCellValue(text("customer.visits.report.total", locale));
            total.createCell(1).setCellValue(report.visits());
            int c = 2;
            for (VisitKind kind : VisitKind.values()) {
                total.createCell(c++).setCellValue(report.byKind().get(kind));
            }
            total.createCell(c).setCellValue(report.customers());
            for (int i = 0; i < heads.size(); i++) {
                summary.setColumnWidth(i, (i == 0 ? 16 : 11) * 256);
            }

            Sheet detail = workbook.createSheet(text("customer.visits.report.detail", locale));
            List<String> detailHeads = List.of(text("customer.visits.rep", locale), text("customer.visits.visitedAt", locale),
                    text("customer.visits.customer", locale), text("customer.visits.kind", locale),
                    text("customer.visits.purpose", locale), text("customer.visits.result", locale),
                    text("customer.visits.nextStep", locale), text("customer.visits.nextDate", locale),
                    text("customer.visits.corrections", locale));
            headerRow(detail, 0, detailHeads, header);
            int[] widths = {14, 18, 26, 10, 30, 36, 26, 12, 30};
            for (int i = 0; i < widths.length; i++) {
                detail.setColumnWidth(i, widths[i] * 256);
            }
            DateTimeFormatter time = TIME.withZone(clock.getZone());
            int d = 1;
            for (VisitReport.RepLine line : report.reps()) {
                for (CustomerVisitView v : line.entries()) {
                    Row row = detail.createRow(d++);
                    row.createCell(0).setCellValue(SpreadsheetText.safe(line.repName()));
                    row.createCell(1).setCellValue(time.format(v.visitedAt()));
                    row.createCell(2).setCellValue(SpreadsheetText.safe(v.customerName()));
                    row.createCell(3).setCellValue(text("customer.visits.kind." + v.kind(), locale));
                    row.createCell(4).setCellValue(SpreadsheetText.safe(v.purpose()));
                    row.createCell(5).setCellValue(SpreadsheetText.safe(v.result()));
                    row.createCell(6).setCellValue(SpreadsheetText.safe(v.nextStep()));
                    row.createCell(7).setCellValue(v.nextDate() == null ? "" : v.nextDate().toString());
                    row.createCell(8).setCellValue(SpreadsheetText.safe(v.corrections()));
                }
            }
            detail.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    private static void headerRow(Sheet sheet, int at, List<String> heads, CellStyle style) {
        Row row = sheet.createRow(at);
        for (int i = 0; i < heads.size(); i++) {
            row.createCell(i).setCellValue(heads.get(i));
            row.getCell(i).setCellStyle(style);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
