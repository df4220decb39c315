package com.autosales.customers;

import com.autosales.access.AccessLog;
import com.autosales.access.CurrentUsers;
import com.autosales.access.Permissions;
import com.autosales.shared.documents.SpreadsheetText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * 客户档案导出: the customer list as the reader sees it (data scope, filter, masked phones) as an Excel
 * sheet, written in a streaming workbook so a big export does not fill the heap; every export is
 * written to the access log with the filter as the reason. A file leaves the system, so phone numbers in it
 * are masked unless the reader may see sensitive data, even the numbers of the reader's own customers.
 */
@Component
class CustomerExcelExport {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows kept in memory by the streaming workbook; older ones go to a temporary file. */
    private static final int WINDOW = 100;
    private static final int BATCH = 500;
    private static final DateTimeFormatter REGISTERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final List<String> HEADERS = List.of("customer.name", "customer.kind", "customer.phone",
            "customer.lifecycle", "customer.grade", "customer.owner", "customer.created-at");
    private static final int[] WIDTHS = {28, 10, 16, 12, 10, 14, 18};

    private final CustomerManagement customers;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final Clock clock;

    CustomerExcelExport(CustomerManagement customers, CurrentUsers currentUsers, AccessLog accessLog,
            MessageSource messages, Clock clock) {
        this.customers = customers;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.messages = messages;
        this.clock = clock;
    }

    String filename() {
        return "customers-" + LocalDate.now(clock).format(FILE_DATE) + ".xlsx";
    }

    /** Answers with the workbook as a download named {@code customers-YYYYMMDD.xlsx}. */
    void respond(String q, ProfileFilter classification, Locale locale, HttpServletResponse response)
            throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        write(q, classification, locale, response.getOutputStream());
    }

    /**
     * Writes the customers matching {@code q} and the classification filters as .xlsx to {@code out}, exactly
     * the rows the list shows; logs the export once it is complete.
     */
    void write(String q, ProfileFilter classification, Locale locale, OutputStream out) throws IOException {
        String filter = q == null ? "" : q.trim();
        List<Long> ids = new ArrayList<>();
        boolean fullPhones = currentUsers.current().can(Permissions.CUSTOMERS_SENSITIVE);
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(text("customer.list.title", locale));
            header(workbook, sheet, locale);
            DateTimeFormatter registered = REGISTERED.withZone(clock.getZone());
            Consumer<List<CustomerSummary>> rows = batch -> {
                for (CustomerSummary c : batch) {
                    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                    row.createCell(0).setCellValue(SpreadsheetText.safe(c.name()));
                    row.createCell(1).setCellValue(text("customer.kind." + c.kind(), locale));
                    String phone = c.phone() == null ? "" : c.phone();
                    row.createCell(2).setCellValue(fullPhones ? phone : PhoneMask.mask(phone));
                    row.createCell(3).setCellValue(text("customer.lifecycle." + c.lifecycle(), locale));
                    row.createCell(4).setCellValue(c.grade() == null ? text("customer.grade.none", locale)
                            : text("customer.grade." + c.grade(), locale));
                    row.createCell(5).setCellValue(SpreadsheetText.safe(c.ownerName()));
                    row.createCell(6).setCellValue(c.createdAt() == null ? "" : registered.format(c.createdAt()));
                    ids.add(c.id());
                }
            };
            customers.forEachMatch(filter, classification, BATCH, rows);
            accessLog.recordExport("customer", ids, reason(filter, classification));
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** How the export was filtered, as stored in the access log (language-neutral, so every reviewer reads the same). */
    private static String reason(String q, ProfileFilter classification) {
        return "q=" + q + classification.logSuffix();
    }

    private void header(SXSSFWorkbook workbook, Sheet sheet, Locale locale) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            row.createCell(i).setCellValue(text(HEADERS.get(i), locale));
            row.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
