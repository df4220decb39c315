package com.autosales.vehicles;

import com.autosales.shared.DomainException;
import com.autosales.shared.documents.SpreadsheetText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/**
 * 订单导出 — an approved factory order as the manufacturer's order system takes it: one row per trim and colours with
 * a quantity, as a workbook or as CSV (UTF-8 with a byte-order mark so spreadsheet programs read the Chinese right).
 */
@Component
class FactoryOrderExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> COLUMNS = List.of("vehicles.order.no", "vehicles.order.month", "vehicles.order.store",
            "vehicles.trim", "vehicles.exterior", "vehicles.interior", "vehicles.order.quantity", "vehicles.note");

    private final MessageSource messages;

    FactoryOrderExport(MessageSource messages) {
        this.messages = messages;
    }

    void xlsx(FactoryOrderView order, Locale locale, HttpServletResponse response) throws IOException {
        List<List<String>> rows = rows(order);
        start(response, XLSX, order.orderNo() + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(order.orderNo());
            header(workbook, sheet, locale);
            for (List<String> values : rows) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int c = 0; c < values.size(); c++) {
                    if (c == quantityColumn()) {
                        row.createCell(c).setCellValue(Integer.parseInt(values.get(c)));
                    } else {
                        row.createCell(c).setCellValue(SpreadsheetText.safe(values.get(c)));
                    }
                }
            }
            workbook.write(response.getOutputStream());
        }
    }

    void csv(FactoryOrderView order, Locale locale, HttpServletResponse response) throws IOException {
        List<List<String>> rows = rows(order);
        start(response, "text/csv;charset=UTF-8", order.orderNo() + ".csv");
        OutputStream out = response.getOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(csvLine(COLUMNS.stream().map(k -> text(k, locale)).toList()));
        for (List<String> values : rows) {
            writer.write(csvLine(values.stream().map(SpreadsheetText::safe).toList()));
        }
        writer.flush();
    }

    /** The order's rows with a quantity; refused until the order is approved. */
    private static List<List<String>> rows(FactoryOrderView order) {
        if (!order.status().exportable()) {
            throw new DomainException("vehicles.order.export-not-approved");
        }
        List<List<String>> rows = new ArrayList<>();
        for (FactoryOrderView.Line line : order.lines()) {
            if (line.quantity() > 0) {
                rows.add(List.of(order.orderNo(), order.month().toString(), order.storeName(), line.trim(),
                        line.exteriorColour(), line.interiorColour(), String.valueOf(line.quantity()),
                        line.note() == null ? "" : line.note()));
            }
        }
        return rows;
    }

    private static int quantityColumn() {
        return COLUMNS.indexOf("vehicles.order.quantity");
    }

    static String csvLine(List<String> values) {
        List<String> quoted = values.stream().map(v -> v == null ? "" : v)
                .map(v -> v.chars().anyMatch(c -> c == '"' || c == ',' || c == '\n' || c == '\r')
                        ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
                .toList();
        return String.join(",", quoted) + "\r\n";
    }

    private static void start(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private void header(XSSFWorkbook workbook, Sheet sheet, Locale locale) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            row.createCell(i).setCellValue(text(COLUMNS.get(i), locale));
            row.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, (COLUMNS.get(i).equals("vehicles.trim") ? 44 : 16) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
