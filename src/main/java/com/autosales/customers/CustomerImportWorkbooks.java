package com.autosales.customers;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** The downloadable template (headers in the reader's language, an example row, an explanation sheet) and error report. */
@Component
class CustomerImportWorkbooks {

    static final String CONTENT_TYPE = CustomerExcelExport.CONTENT_TYPE;

    private final CustomerImports imports;
    private final MessageSource messages;

    CustomerImportWorkbooks(CustomerImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    void respondTemplate(Locale locale, HttpServletResponse response) throws IOException {
        attachment(response, text("customer.import.template.filename", locale) + ".xlsx");
        writeTemplate(locale, response.getOutputStream());
    }

    void writeTemplate(Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle bold = bold(workbook);
            CellStyle textFormat = workbook.createCellStyle();
            textFormat.setDataFormat(workbook.createDataFormat().getFormat("@"));
            SXSSFSheet sheet = workbook.createSheet(text("customer.import.template.sheet", locale));
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            CustomerImportField[] fields = CustomerImportField.values();
            for (int i = 0; i < fields.length; i++) {
                header.createCell(i).setCellValue(text(fields[i].labelKey(), locale));
                header.getCell(i).setCellStyle(bold);
                example.createCell(i).setCellValue(text("customer.import.example." + fields[i].name().toLowerCase(Locale.ROOT), locale));
                sheet.setColumnWidth(i, (fields[i] == CustomerImportField.NAME ? 28 : 16) * 256);
                sheet.setDefaultColumnStyle(i, textFormat);
            }
            sheet.createFreezePane(0, 1);
            SXSSFSheet help = workbook.createSheet(text("customer.import.template.help-sheet", locale));
            Row helpHeader = help.createRow(0);
            List<String> titles = List.of("customer.import.help.column", "customer.import.help.required",
                    "customer.import.help.allowed");
            for (int i = 0; i < titles.size(); i++) {
                helpHeader.createCell(i).setCellValue(text(titles.get(i), locale));
                helpHeader.getCell(i).setCellStyle(bold);
            }
            help.setColumnWidth(0, 16 * 256);
            help.setColumnWidth(1, 10 * 256);
            help.setColumnWidth(2, 90 * 256);
            for (int i = 0; i < fields.length; i++) {
                Row row = help.createRow(i + 1);
                row.createCell(0).setCellValue(text(fields[i].labelKey(), locale));
                row.createCell(1).setCellValue(text(fields[i].required() ? "customer.import.help.yes" : "customer.import.help.no", locale));
                row.createCell(2).setCellValue(text(fields[i].helpKey(), locale, allowed(fields[i], locale)));
            }
            Row note = help.createRow(fields.length + 2);
            note.createCell(0).setCellValue(text("customer.import.help.note", locale));
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The allowed values of a choice column, as labels of the reader's language. */
    private String allowed(CustomerImportField field, Locale locale) {
        Enum<?>[] values = switch (field) {
            case KIND -> CustomerKind.values();
            case LIFECYCLE -> Lifecycle.values();
            case GRADE -> Grade.values();
            default -> new Enum<?>[0];
        };
        String prefix = switch (field) {
            case KIND -> "customer.kind.";
            case LIFECYCLE -> "customer.lifecycle.";
            default -> "customer.grade.";
        };
        StringBuilder text = new StringBuilder();
        for (Enum<?> value : values) {
            text.append(text.isEmpty() ? "" : " / ").append(text(prefix + value.name(), locale));
        }
        return text.toString();
    }

    /** Every problem of the job as a sheet: row, column, value, reason — in the reader's language. */
    void respondErrors(Long id, Locale locale, HttpServletResponse response) throws IOException {
        CustomerImportView job = imports.view(id);
        attachment(response, "import-" + job.id() + "-errors.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(true);
            CellStyle bold = bold(workbook);
            SXSSFSheet sheet = workbook.createSheet(text("customer.import.errors.sheet", locale));
            List<String> titles = List.of("customer.import.errors.row", "customer.import.errors.column",
                    "customer.import.errors.value", "customer.import.errors.reason");
            Row header = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(text(titles.get(i), locale));
                header.getCell(i).setCellStyle(bold);
            }
            int[] widths = {8, 18, 24, 70};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            imports.forEachProblem(id, locale, p -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(p.row());
                row.createCell(1).setCellValue(p.columnRef().isEmpty() ? p.column() : p.column() + " (" + p.columnRef() + ")");
                row.createCell(2).setCellValue(p.value() == null ? "" : p.value());
                row.createCell(3).setCellValue(p.reason());
            });
            workbook.write(response.getOutputStream());
            workbook.dispose();
        }
    }

    private static void attachment(HttpServletResponse response, String filename) {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static CellStyle bold(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
