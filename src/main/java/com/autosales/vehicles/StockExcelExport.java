package com.autosales.vehicles;

import com.autosales.shared.documents.SpreadsheetText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * 库存导出 — the filtered stock list as the reader sees it (their stores, cost only if allowed) in a streaming workbook;
 * text cells never start a formula.
 */
@Component
class StockExcelExport {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int WINDOW = 100;
    private static final int BATCH = 500;

    private final StockQueries queries;
    private final CostVisibility costs;
    private final MessageSource messages;
    private final Clock clock;

    StockExcelExport(StockQueries queries, CostVisibility costs, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.costs = costs;
        this.messages = messages;
        this.clock = clock;
    }

    void respond(StockFilter filter, Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("stock-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        boolean withCost = costs.readerMaySeeCost();
        List<String> columns = new ArrayList<>(List.of("vehicles.vin", "vehicles.engine-no", "vehicles.trim",
                "vehicles.exterior", "vehicles.interior", "vehicles.status", "vehicles.location", "vehicles.arrival-date",
                "vehicles.age-days", "vehicles.contract-ref"));
        if (withCost) {
            columns.add("vehicles.purchase-cost");
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(text("vehicles.stock.title", locale));
            header(workbook, sheet, columns, locale);
            queries.forEachMatch(filter, BATCH, batch -> batch.forEach(v -> {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                int c = 0;
                row.createCell(c++).setCellValue(v.vin() == null ? text("vehicles.vin-pending", locale) : v.vin().value());
                row.createCell(c++).setCellValue(SpreadsheetText.safe(v.engineNo()));
                row.createCell(c++).setCellValue(SpreadsheetText.safe(v.trim()));
                row.createCell(c++).setCellValue(SpreadsheetText.safe(v.exteriorColour()));
                row.createCell(c++).setCellValue(SpreadsheetText.safe(v.interiorColour()));
                row.createCell(c++).setCellValue(text(v.status().messageKey(), locale));
                row.createCell(c++).setCellValue(SpreadsheetText.safe(v.location()));
                row.createCell(c++).setCellValue(v.arrivalDate() == null ? "" : v.arrivalDate().toString());
                if (v.ageDays() != null) {
                    row.createCell(c).setCellValue(v.ageDays());
                }
                c++;
                row.createCell(c++).setCellValue(SpreadsheetText.safe(v.contractRef()));
                if (withCost && v.purchaseCost() != null) {
                    row.createCell(c).setCellValue(v.purchaseCost().amount().doubleValue());
                }
            }));
            workbook.write(response.getOutputStream());
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private void header(SXSSFWorkbook workbook, SXSSFSheet sheet, List<String> columns, Locale locale) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            row.createCell(i).setCellValue(text(columns.get(i), locale));
            row.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, (i == 2 ? 44 : 16) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
