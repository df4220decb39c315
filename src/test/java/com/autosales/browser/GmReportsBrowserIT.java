package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.performance.SalesHistoryImport;
import com.autosales.performance.SalesHistoryImport.HistoricSale;
import com.autosales.support.IntegrationTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The general manager opens his dashboard, drills into the stock figure, then opens the monthly sales analysis of
 * August 2016 (three sales taken over from the old system, figures below) and exports it to Excel and PDF: both
 * files open and carry the totals the screen shows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GmReportsBrowserIT {

    private static final LocalDate AUGUST = LocalDate.of(2016, 8, 1);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired SalesHistoryImport history;

    private Browser browser;

    @BeforeAll
    void threeSalesInAugust2016AndABrowser() {
        jdbc.update("delete from performance_fact where source_type = 'history' and source_id in"
                + " (select contract_id from performance_sale where contract_number like 'GMB-2016-%')");
        jdbc.update("delete from performance_sale where contract_number like 'GMB-2016-%'");
        Long store = jdbc.queryForObject("select store_id from app_user where username = 'gm'", Long.class);
        Long consultant1 = jdbc.queryForObject("select employee_id from app_user where username = 'consultant1'", Long.class);
        Long consultant2 = jdbc.queryForObject("select employee_id from app_user where username = 'consultant2'", Long.class);
        Long customer = jdbc.queryForObject("select min(id) from customer where owner_employee_id = ?", Long.class, consultant1);
        Long trim = jdbc.queryForObject("select min(id) from vehicle_trim", Long.class);
        // revenue 112,400 + 215,900 + 170,000 = 498,300.00; margin 8,000 + 15,500 + 11,250 = 34,750.00
        sale("GMB-2016-001", store, consultant1, customer, trim, "朗逸 自动满逸版", "115900", "3500", "8000");
        sale("GMB-2016-002", store, consultant1, customer, trim, "途观L 两驱智享版", "219900", "4000", "15500");
        sale("GMB-2016-003", store, consultant2, customer, trim, "凯美瑞 精英版", "179800", "9800", "11250");
        browser = Browser.start(port, Browser.DESKTOP);
    }

    private void sale(String number, Long store, Long consultant, Long customer, Long trim, String label, String price,
            String discount, String margin) {
        history.record(new HistoricSale(number, store, consultant, customer, AUGUST.plusDays(2), AUGUST.plusDays(14),
                trim, label, false, new BigDecimal(price), new BigDecimal(discount), new BigDecimal(margin)));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theGmDrillsIntoStockAndExportsTheMonthlyAnalysisWithTheScreensTotals() throws Exception {
        browser.logInAs("gm");
        String panel = "#panel-dashboard-stock-by-age";
        browser.find(panel + " canvas");
        String units = browser.text(panel + " .dashboard-figure");
        browser.screenshot("gm-dashboard-zh.png");
        browser.clickCentered(panel + " .dashboard-figures a");
        browser.waitForUrlContaining("/vehicles/stock");
        assertThat(browser.text("#ageing-total")).isEqualTo(units);

        browser.open("/reports");
        browser.clickCentered("a.report-link[data-code='sales-analysis']");
        browser.waitForUrlContaining("/reports/sales-analysis");
        new Select(browser.find("#period")).selectByValue("MONTH");
        browser.js("document.getElementById('date').value = '2016-08-01'");
        browser.click("#report-apply");
        browser.waitForText("#report-scope", "2016-08");
        browser.find("#section-models canvas");
        String screenRevenue = browser.text("#section-models .report-totals td:nth-child(3)");
        String screenMargin = browser.text("#section-models .report-totals td:nth-child(4)");
        assertThat(screenRevenue).isEqualTo("¥498,300.00");
        assertThat(screenMargin).isEqualTo("¥34,750.00");
        assertThat(browser.text("#section-models .report-totals td:nth-child(2)")).isEqualTo("3");
        browser.screenshot("report-sales-analysis-zh.png");

        byte[] xlsx = browser.download(browser.find("#export-xlsx").getAttribute("href"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet models = book.getSheet("按车型");
            Row totals = models.getRow(models.getLastRowNum());
            assertThat(totals.getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(BigDecimal.valueOf(totals.getCell(2).getNumericCellValue())).isEqualByComparingTo("498300.00");
            assertThat(BigDecimal.valueOf(totals.getCell(3).getNumericCellValue())).isEqualByComparingTo("34750.00");
            assertThat(new DataFormatter().formatCellValue(book.getSheetAt(0).getRow(1).getCell(1))).isEqualTo("2016-08");
        }
        byte[] pdf = browser.download(browser.find("#export-pdf").getAttribute("href"));
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/sales-analysis.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("销售分析报告").contains("2016-08").contains(screenRevenue).contains(screenMargin);
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
