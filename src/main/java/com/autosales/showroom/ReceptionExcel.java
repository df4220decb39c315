package com.autosales.showroom;

import com.autosales.shared.documents.SpreadsheetText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** The reception list (same filter and data scope) as an Excel workbook. */
@Component
class ReceptionExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] COLUMNS = {"showroom.field.timeIn", "showroom.field.timeOut", "showroom.field.kind",
        "showroom.field.people", "showroom.field.source", "showroom.field.sourceDetail", "showroom.field.models",
        "showroom.field.consultant", "showroom.field.customerName", "showroom.field.customerPhone",
        "showroom.field.firstVisit"};

    private final ReceptionLog log;
    private final MessageSource messages;
    private final Clock clock;

    ReceptionExcel(ReceptionLog log, MessageSource messages, Clock clock) {
        this.log = log;
        this.messages = messages;
        this.clock = clock;
    }

    void respond(ReceptionFilter filter, Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("receptions-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
                .build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Sheet sheet = workbook.createSheet(text("showroom.list.title", locale));
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                head.createCell(i).setCellValue(text(COLUMNS[i], locale));
                head.getCell(i).setCellStyle(header);
            }
            AtomicInteger rowNo = new AtomicInteger(1);
            DateTimeFormatter time = TIME.withZone(clock.getZone());
            log.forEachMatch(filter, 500, batch -> batch.forEach(r -> {
                Row row = sheet.createRow(rowNo.getAndIncrement());
                row.createCell(0).setCellValue(time.format(r.timeIn()));
                row.createCell(1).setCellValue(r.timeOut() == null ? "" : time.format(r.timeOut()));
                row.createCell(2).setCellValue(text("showroom.kind." + r.kind(), locale));
                row.createCell(3).setCellValue(r.people());
                row.createCell(4).setCellValue(text("showroom.source." + r.source(), locale));
                row.createCell(5).setCellValue(SpreadsheetText.safe(r.sourceDetail()));
                row.createCell(6).setCellValue(SpreadsheetText.safe(r.models()));
                row.createCell(7).setCellValue(SpreadsheetText.safe(r.consultantName()));
                row.createCell(8).setCellValue(SpreadsheetText.safe(r.customerName()));
                row.createCell(9).setCellValue(r.customerPhone() == null ? "" : r.customerPhone());
                row.createCell(10).setCellValue(text(r.firstVisit() ? "showroom.first" : "showroom.repeat", locale));
            }));
            workbook.write(response.getOutputStream());
            workbook.dispose();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
