package com.autosales.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.autosales.performance.Attainment;
import com.autosales.performance.PerformanceMetric;
import com.autosales.performance.SalesHistoryImport;
import java.util.List;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The funnel, stock age, receivables ageing and ranking in the report centre show exactly what their own modules
 * count, in the page, the API, the Excel file and the PDF; a role without the module's permission gets 403.
 */
@IntegrationTest
class StandardReportsIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired Attainment attainment;
    @Autowired Clock clock;
    @Autowired SalesHistoryImport history;

    private JsonNode json(String user, String path) throws Exception {
        return ApiClient.json(mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static JsonNode headline(JsonNode report, String key) {
        for (JsonNode h : report.get("headlines")) {
            if (h.get("labelKey").asString().equals(key)) {
                return h.get("value");
            }
        }
        throw new AssertionError("no headline " + key);
    }

    @Test
    void receivablesAgeingEqualsThePaymentsLedgerInEveryForm() throws Exception {
        BigDecimal ledger = json("gm", "/api/v1/receivables/ageing").get("total").decimalValue();
        JsonNode report = json("gm", "/api/v1/reports/receivables-ageing");
        assertThat(headline(report, "reports.receivables.total").decimalValue()).isEqualByComparingTo(ledger);

        byte[] xlsx = mvc.perform(get("/reports/receivables-ageing/export.xlsx").with(logins.as("gm")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet buckets = book.getSheetAt(1);
            double total = buckets.getRow(buckets.getLastRowNum()).getCell(1).getNumericCellValue();
            assertThat(BigDecimal.valueOf(total)).isEqualByComparingTo(ledger);
        }
        byte[] pdf = mvc.perform(get("/reports/receivables-ageing/export.pdf").with(logins.as("gm")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(jdbc.queryForObject("select count(*) from access_log where username = 'gm' and action = 'EXPORT'"
                + " and record_type = 'report' and record_ids = 'receivables-ageing'", Long.class)).isGreaterThanOrEqualTo(2);
        assertThat(text).contains("应收账款账龄").contains(new ReportFormatter(null).text(ColumnKind.MONEY, ledger, Locale.ROOT));
    }

    @Test
    void stockAgeAndFunnelCountWhatTheirModulesCount() throws Exception {
        JsonNode stock = json("salesmanager", "/api/v1/stock-vehicles/ageing");
        JsonNode report = json("salesmanager", "/api/v1/reports/stock-ageing");
        assertThat(headline(report, "reports.stock.units").asLong()).isEqualTo(stock.get("totalCount").asLong());

        JsonNode funnel = json("consultant1", "/api/v1/funnel?from=2026-01-01&to=2026-12-31");
        JsonNode funnelReport = json("consultant1", "/api/v1/reports/funnel-conversion?period=YEAR&date=2026-06-01");
        for (JsonNode stage : funnel.get("stages")) {
            assertThat(headline(funnelReport, "funnel.stage." + stage.get("stage").asString()).asLong())
                    .as(stage.get("stage").asString()).isEqualTo(stage.get("count").asLong());
        }
        // the consultant's funnel has only his own row
        assertThat(funnelReport.get("sections").get(1).get("rows").size()).isLessThanOrEqualTo(1);
    }

    @Test
    void attainmentShowsTheConsultantOnlyHimselfWithWhatTheFactsCount() throws Exception {
        Long me = jdbc.queryForObject("select employee_id from app_user where username = 'consultant1'", Long.class);
        LocalDate month = LocalDate.now(clock).withDayOfMonth(1);
        Attainment.Result deliveries = attainment.ofEmployee(me, PerformanceMetric.DELIVERIES, month,
                month.plusMonths(1).minusDays(1));
        JsonNode report = json("consultant1", "/api/v1/reports/target-attainment?period=MONTH&date=" + month);
        assertThat(report.get("sections")).hasSize(1); // no store rows for a consultant
        JsonNode rows = report.get("sections").get(0).get("rows");
        for (JsonNode row : rows) {
            assertThat(row.get("cells").get(0).asString()).isEqualTo("张伟");
            assertThat(row.get("cells").get(1).decimalValue()).isEqualByComparingTo(deliveries.actual());
        }
        JsonNode gms = json("gm", "/api/v1/reports/target-attainment?period=MONTH&date=" + month);
        assertThat(gms.get("sections").get(0).get("id").asString()).isEqualTo("stores");
    }

    @Test
    void managersSeeTheYearsSalesTrendOnTheirDashboardWithEachMonthOpeningItsAnalysis() throws Exception {
        Long store = jdbc.queryForObject("select store_id from app_user where username = 'gm'", Long.class);
        Long me = jdbc.queryForObject("select employee_id from app_user where username = 'consultant1'", Long.class);
        Long customer = jdbc.queryForObject("select min(id) from customer where owner_employee_id = ?", Long.class, me);
        Long trim = jdbc.queryForObject("select min(id) from vehicle_trim", Long.class);
        LocalDate lastMonth = LocalDate.now(clock).withDayOfMonth(1).minusMonths(1);
        history.record(new SalesHistoryImport.HistoricSale("TREND-" + System.nanoTime(), store, me, customer,
                lastMonth.plusDays(1), lastMonth.plusDays(9), trim, "朗逸", false, new BigDecimal("100000.00"),
                BigDecimal.ZERO, new BigDecimal("8000.00")));
        String link = "/reports/sales-analysis?period=MONTH&amp;date=" + lastMonth;
        for (String manager : List.of("gm", "salesmanager")) {
            String home = mvc.perform(get("/").with(logins.as(manager))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(home).as(manager).contains("id=\"panel-reports-trend-title\"").contains("近 12 个月销售趋势")
                    .contains(link);
        }
        String consultant = mvc.perform(get("/").with(logins.as("consultant1"))).andReturn().getResponse().getContentAsString();
        assertThat(consultant).doesNotContain("panel-reports-trend-title");
    }

    @Test
    void theCatalogueAndTheReportsFollowTheModulesPermissions() throws Exception {
        mvc.perform(get("/reports").with(logins.as("finance"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-code=\"receivables-ageing\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("data-code=\"funnel-conversion\""))));
        mvc.perform(get("/reports/funnel-conversion").with(logins.as("finance"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/receivables-ageing").with(logins.as("cs"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/no-such-report").with(logins.as("gm"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/ranking?period=FOO").with(logins.as("gm"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("无法识别的统计周期")));
        mvc.perform(get("/api/v1/reports/ranking?date=2026-13-45").with(logins.as("gm")))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/reports/stock-ageing/export.pdf").with(logins.as("consultant1"))).andExpect(status().isForbidden());
    }
}
