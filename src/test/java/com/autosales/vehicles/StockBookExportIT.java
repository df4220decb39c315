package com.autosales.vehicles;

import com.autosales.shared.documents.XlsxWorkbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.shared.Vin;
import com.autosales.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The clerk's two workbooks, read back with POI: their totals are the figures the API (and so the page) shows. */
@IntegrationTest
class StockBookExportIT extends StockBookTestSupport {

    private static final DataFormatter TEXT = new DataFormatter();

    @BeforeAll
    void aFewDocumentsThisMonth() {
        fixtures.receive(pudong, model, today.minusDays(45), 170_000);
        Vin sold = fixtures.receive(pudong, model, today, 171_000);
        fixtures.sellAndDeliver(sold, today);
        Vin demo = fixtures.receive(pudong, model, today, 172_000);
        setup.move(demo, StockStatus.DEMO, "=HYPERLINK(\"http://evil\")", null);
    }

    private XSSFWorkbook workbook(String path) throws Exception {
        byte[] xlsx = mvc.perform(get(path).with(logins.as("clerk"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XlsxWorkbook.CONTENT_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The columns of a sheet by their header. */
    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
        return columns;
    }

    private static long number(Row row, Map<String, Integer> columns, String header) {
        Cell cell = row.getCell(columns.get(header));
        return cell == null ? 0 : (long) cell.getNumericCellValue();
    }

    @Test
    void theStockBooksSummaryTotalsAndDocumentsAreThoseOfTheApi() throws Exception {
        JsonNode book = api.book("clerk", Map.of());
        JsonNode total = book.get("total");
        try (XSSFWorkbook workbook = workbook("/vehicles/stock-book/export.xlsx")) {
            Sheet summary = workbook.getSheet("台账汇总");
            Map<String, Integer> columns = columns(summary);
            Row totalRow = summary.getRow(summary.getLastRowNum());
            assertThat(TEXT.formatCellValue(totalRow.getCell(0))).isEqualTo("合计");
            assertThat(number(totalRow, columns, "期初")).isEqualTo(StockBookApi.units(total, "opening"));
            assertThat(number(totalRow, columns, "入库合计")).isEqualTo(StockBookApi.units(total, "inbound"));
            assertThat(number(totalRow, columns, "出库合计")).isEqualTo(StockBookApi.units(total, "outbound"));
            assertThat(number(totalRow, columns, "期末")).isEqualTo(StockBookApi.units(total, "closing"));
            assertThat(number(totalRow, columns, "销售出库")).isEqualTo(StockBookApi.kind(total, BookKind.SALE_OUT));
            assertThat(totalRow.getCell(columns.get("期末 · 采购成本")).getNumericCellValue())
                    .isEqualTo(total.get("closing").get("cost").doubleValue());
            assertThat(number(totalRow, columns, "当前在账")).isEqualTo(StockBookApi.units(total, "onBookNow"));
            assertThat(summary.getLastRowNum() - 1).isEqualTo(StockBookApi.rows(book).size());

            Sheet documents = workbook.getSheet("出入库单据");
            assertThat(documents.getLastRowNum()).isEqualTo(book.get("documents").size());
            StringBuilder text = new StringBuilder();
            documents.forEach(row -> row.forEach(cell -> text.append(TEXT.formatCellValue(cell)).append('|')));
            assertThat(text).contains("'=HYPERLINK").contains("转试驾车").contains("销售出库");
        }
    }

    @Test
    void theWeeklyReportsSheetsTotalsAreThoseOfTheApi() throws Exception {
        JsonNode report = api.report("clerk", Map.of());
        try (XSSFWorkbook workbook = workbook("/vehicles/stock-report/export.xlsx")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet stock = workbook.getSheetAt(0);
            Map<String, Integer> stockColumns = columns(stock);
            Row stockTotal = stock.getRow(stock.getLastRowNum());
            JsonNode counts = report.get("stockTotal").get("counts");
            assertThat(number(stockTotal, stockColumns, "在库")).isEqualTo(counts.get("IN_STOCK").asLong());
            assertThat(number(stockTotal, stockColumns, "已锁定")).isEqualTo(counts.get("RESERVED").asLong());
            assertThat(number(stockTotal, stockColumns, "已售未交车")).isEqualTo(counts.get("SOLD").asLong());
            assertThat(number(stockTotal, stockColumns, "试驾车")).isEqualTo(counts.get("DEMO").asLong());
            assertThat(number(stockTotal, stockColumns, "在途")).isEqualTo(counts.get("IN_TRANSIT").asLong());
            assertThat(number(stockTotal, stockColumns, "在店合计")).isEqualTo(report.get("stockTotal").get("standing").asLong());

            Sheet ageing = workbook.getSheetAt(1);
            Map<String, Integer> ageingColumns = columns(ageing);
            Row ageingTotal = ageing.getRow(ageing.getLastRowNum());
            JsonNode buckets = report.get("ageingTotal").get("buckets");
            assertThat(number(ageingTotal, ageingColumns, "0–30 天")).isEqualTo(buckets.get("DAYS_0_30").get("units").asLong());
            assertThat(number(ageingTotal, ageingColumns, "90 天以上")).isEqualTo(buckets.get("OVER_90").get("units").asLong());
            assertThat(number(ageingTotal, ageingColumns, "合计")).isEqualTo(report.get("ageingTotal").get("total").get("units").asLong());
            assertThat(ageingTotal.getCell(ageingColumns.get("合计 · 采购成本")).getNumericCellValue())
                    .isEqualTo(report.get("ageingTotal").get("total").get("cost").doubleValue());

            Sheet week = workbook.getSheetAt(2);
            Map<String, Long> byKind = new HashMap<>();
            week.forEach(row -> {
                if (row.getRowNum() > 0 && row.getCell(1) != null) {
                    byKind.put(TEXT.formatCellValue(row.getCell(0)), (long) row.getCell(1).getNumericCellValue());
                }
            });
            assertThat(byKind.get("销售出库")).isEqualTo(report.get("week").get("SALE_OUT").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(byKind.get("转试驾车")).isEqualTo(report.get("week").get("DEMO_OUT").asLong());
            assertThat(byKind.get("入库合计")).isEqualTo(report.get("weekIn").asLong());
            assertThat(byKind.get("出库合计")).isEqualTo(report.get("weekOut").asLong());
        }
    }
}
