package com.autosales.reports;

import static com.autosales.reports.SalesReportJson.cells;
import static com.autosales.reports.SalesReportJson.headline;
import static com.autosales.reports.SalesReportJson.labels;
import static com.autosales.reports.SalesReportJson.row;
import static com.autosales.reports.SalesReportJson.section;
import static com.autosales.reports.SalesReportJson.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * 销售分析报告 for March 2019 of 上海浦东4S店, on sales only this test delivers in 2018–2019:
 * <pre>
 * March 2019   A1 张伟 途观L  2019-03-05  250,000  discount 10,000  margin 15,000  WALK_IN
 *              A2 张伟 途观L  2019-03-12  260,000           8,000         17,000  ONLINE
 *              A3 刘洋 帕萨特 2019-03-20  200,000          12,000          8,000  WALK_IN
 *              A4 刘洋 朗逸   2019-03-31  120,000           5,000          4,000  (no funnel entry: UNKNOWN)
 *   = 4 units, revenue 830,000, margin 44,000 (5.3 %: 5.301…), discount 35,000 (8,750.00 a car)
 * February     B1 张伟 途观L  2019-02-10  240,000  9,000  12,000;  B2 刘洋 帕萨特 2019-02-28  200,000  11,000  10,000
 *   = 2 units, 440,000, 22,000 (5.0 %), 10,000.00 a car
 * March 2018   C1 张伟 朗逸   2018-03-15  100,000  0  5,000  = 1 unit, 100,000, 5,000 (5.0 %), 0.00 a car
 * outside      D1 张伟 2019-04-01 (after the period and the trend), E1 刘洋 2018-02-28 (before the trend)
 * targets      approved 2019 plan, March deliveries: store 8, 张伟 4, 刘洋 2
 * </pre>
 */
@IntegrationTest
class SalesAnalysisReportIT {

    private static final String TIGUAN = "RPT途观L 330TSI 两驱豪华版";
    private static final String PASSAT = "RPT帕萨特 精英版";
    private static final String LAVIDA = "RPT朗逸 自动舒适版";
    private static final String MARCH = "/api/v1/reports/sales-analysis?period=MONTH&date=2019-03-01";

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;

    private SalesReportFixtures fixtures;
    private Long consultant1;
    private Long consultant2;

    @BeforeEach
    void deliveredIn2018And2019() {
        fixtures = new SalesReportFixtures(jdbc);
        consultant1 = fixtures.employee("consultant1");
        consultant2 = fixtures.employee("consultant2");
        delivered(901903001L, consultant1, LocalDate.of(2019, 3, 5), TIGUAN, "250000", "10000", "15000", "WALK_IN");
        delivered(901903002L, consultant1, LocalDate.of(2019, 3, 12), TIGUAN, "260000", "8000", "17000", "ONLINE");
        delivered(901903003L, consultant2, LocalDate.of(2019, 3, 20), PASSAT, "200000", "12000", "8000", "WALK_IN");
        delivered(901903004L, consultant2, LocalDate.of(2019, 3, 31), LAVIDA, "120000", "5000", "4000", null);
        delivered(901902001L, consultant1, LocalDate.of(2019, 2, 10), TIGUAN, "240000", "9000", "12000", "ONLINE");
        delivered(901902002L, consultant2, LocalDate.of(2019, 2, 28), PASSAT, "200000", "11000", "10000", "REFERRAL");
        delivered(901803001L, consultant1, LocalDate.of(2018, 3, 15), LAVIDA, "100000", "0", "5000", "EVENT");
        delivered(901904001L, consultant1, LocalDate.of(2019, 4, 1), TIGUAN, "300000", "0", "20000", "WALK_IN");
        delivered(901802001L, consultant2, LocalDate.of(2018, 2, 28), PASSAT, "50000", "0", "1000", "WALK_IN");
        Map<Object, Map<String, Integer>> targets = new LinkedHashMap<>();
        targets.put("STORE", Map.of("DELIVERIES", 8));
        targets.put(consultant1, Map.of("DELIVERIES", 4));
        targets.put(consultant2, Map.of("DELIVERIES", 2));
        fixtures.approvedPlan(2019, 3, targets);
    }

    /** As {@code SaleRecorder} records a delivery: the sale, its three facts, and the funnel's DELIVERY entry. */
    private void delivered(long contractId, Long employeeId, LocalDate on, String trim, String amount, String discount,
            String margin, String source) {
        fixtures.sale(contractId, employeeId, on, trim, amount, discount, margin);
        fixtures.fact("DELIVERIES", employeeId, on, "1", "0", "contract", contractId);
        fixtures.fact("REVENUE", employeeId, on, "1", amount, "contract", contractId);
        fixtures.fact("GROSS_MARGIN", employeeId, on, "1", margin, "contract", contractId);
        if (source != null) {
            fixtures.funnel("DELIVERY", "contract", contractId, employeeId, source, on.atTime(15, 0));
        } else {
            jdbc.update("delete from funnel_entry where stage = 'DELIVERY' and record_type = 'contract' and record_id = ?",
                    contractId);
        }
    }

    private JsonNode report(String user, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).header("Authorization", "Bearer " + api.tokenFor(user))
                .header("Accept-Language", "zh-CN")).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return ApiClient.json(result.getResponse().getContentAsString());
    }

    @Test
    void theStoreSeesEachFigureAsComputedByHand() throws Exception {
        JsonNode march = report("gm", MARCH);
        assertThat(march.get("period").get("kind").asString()).isEqualTo("MONTH");
        value(headline(march, "reports.analysis.metric.units"), 4, 2);
        value(headline(march, "reports.analysis.metric.revenue"), "830000", "440000");
        value(headline(march, "reports.analysis.metric.margin"), "44000", "22000");
        value(headline(march, "reports.analysis.metric.margin-percent"), "5.3", "5.0");
        value(headline(march, "reports.analysis.metric.average-discount"), "8750.00", "10000.00");

        JsonNode periods = section(march, "periods");
        cells(periods.get("rows").get(0), "reports.analysis.period.current", "2019-03", 4, 830000, 44000, "5.3", 8750);
        cells(periods.get("rows").get(1), "reports.analysis.period.previous", "2019-02", 2, 440000, 22000, "5.0", 10000);
        cells(periods.get("rows").get(2), "reports.analysis.period.last-year", "2018-03", 1, 100000, 5000, "5.0", 0);

        // units +100 % / +300 %; revenue 390,000/440,000 = 88.6 %, 730 %; margin +100 %, 780 %;
        // margin rate 5.3 − 5.0 = 0.3 points both; average discount −12.5 %, none against a year without discounts
        JsonNode changes = section(march, "changes");
        cells(row(changes, "reports.analysis.metric.units"), "reports.analysis.metric.units", "100.0", "300.0");
        cells(row(changes, "reports.analysis.metric.revenue"), "reports.analysis.metric.revenue", "88.6", "730.0");
        cells(row(changes, "reports.analysis.metric.margin"), "reports.analysis.metric.margin", "100.0", "780.0");
        cells(row(changes, "reports.analysis.metric.margin-percent"), "reports.analysis.metric.margin-percent", "0.3", "0.3");
        cells(row(changes, "reports.analysis.metric.average-discount"), "reports.analysis.metric.average-discount",
                "-12.5", null);

        // 途观L 2 cars 510,000 margin 32,000 (6.3 %: 6.27…), 帕萨特 200,000 / 8,000 (4.0 %), 朗逸 120,000 / 4,000 (3.3 %)
        JsonNode models = section(march, "models");
        assertThat(labels(models)).containsExactly(TIGUAN, PASSAT, LAVIDA);
        cells(row(models, TIGUAN), TIGUAN, 2, 510000, 32000, "6.3", "50.0");
        cells(row(models, PASSAT), PASSAT, 1, 200000, 8000, "4.0", "25.0");
        cells(row(models, LAVIDA), LAVIDA, 1, 120000, 4000, "3.3", "25.0");
        cells(models.get("totals"), "reports.total", 4, 830000, 44000, "5.3", "100.0");

        // 张伟 2 cars 510,000 / 32,000 of 4 = 50 %; 刘洋 2 cars 320,000 / 12,000 of 2 = 100 %; the store 4 of 8 = 50 %
        JsonNode consultants = section(march, "consultants");
        assertThat(labels(consultants)).containsExactly("张伟", "刘洋");
        cells(row(consultants, "张伟"), "张伟", 2, 510000, 32000, 4, "50.0");
        cells(row(consultants, "刘洋"), "刘洋", 2, 320000, 12000, 2, "100.0");
        cells(consultants.get("totals"), "reports.total", 4, 830000, 44000, 8, "50.0");
        assertThat(row(consultants, "张伟").get("link").asString())
                .isEqualTo("/funnel/records?stage=DELIVERY&from=2019-03-01&to=2019-03-31&consultantId=" + consultant1);

        // WALK_IN A1 + A3, ONLINE A2, UNKNOWN A4 (delivered without a funnel entry)
        JsonNode sources = section(march, "sources");
        assertThat(labels(sources)).containsExactly("funnel.source.WALK_IN", "funnel.source.ONLINE", "funnel.source.UNKNOWN");
        cells(row(sources, "funnel.source.WALK_IN"), "funnel.source.WALK_IN", 2, 450000, "50.0");
        cells(row(sources, "funnel.source.ONLINE"), "funnel.source.ONLINE", 1, 260000, "25.0");
        cells(row(sources, "funnel.source.UNKNOWN"), "funnel.source.UNKNOWN", 1, 120000, "25.0");
        cells(sources.get("totals"), "reports.total", 4, 830000, "100.0");
        assertThat(sources.get("chart").get("type").asString()).isEqualTo("PIE");

        // 13 months 2018-03 … 2019-03: 1 + 2 + 4 = 7 cars, 1,370,000, margin 71,000 (5.2 %: 5.18…)
        JsonNode trend = section(march, "trend");
        assertThat(trend.get("rows").size()).isEqualTo(13);
        cells(trend.get("rows").get(0), "2018-03", 1, 100000, 5000, "5.0");
        cells(trend.get("rows").get(6), "2018-09", 0, 0, 0, null);
        cells(trend.get("rows").get(11), "2019-02", 2, 440000, 22000, "5.0");
        cells(trend.get("rows").get(12), "2019-03", 4, 830000, 44000, "5.3");
        cells(trend.get("totals"), "reports.total", 7, 1370000, 71000, "5.2");
    }

    @Test
    void consultant2SeesOnlyHisOwnSales() throws Exception {
        JsonNode march = report("consultant2", MARCH);
        // A3 + A4: 2 cars, 320,000, margin 12,000 (3.75 % → 3.8), discount 17,000 (8,500.00); February B2 alone
        value(headline(march, "reports.analysis.metric.units"), 2, 1);
        value(headline(march, "reports.analysis.metric.revenue"), "320000", "200000");
        value(headline(march, "reports.analysis.metric.margin"), "12000", "10000");
        value(headline(march, "reports.analysis.metric.margin-percent"), "3.8", "5.0");
        value(headline(march, "reports.analysis.metric.average-discount"), "8500.00", "11000.00");
        JsonNode models = section(march, "models");
        assertThat(labels(models)).containsExactly(PASSAT, LAVIDA);
        cells(models.get("totals"), "reports.total", 2, 320000, 12000, "3.8", "100.0");
        JsonNode consultants = section(march, "consultants");
        assertThat(labels(consultants)).containsExactly("刘洋");
        cells(consultants.get("totals"), "reports.total", 2, 320000, 12000, 2, "100.0");
        assertThat(labels(section(march, "sources"))).containsExactly("funnel.source.WALK_IN", "funnel.source.UNKNOWN");
        cells(section(march, "periods").get("rows").get(2), "reports.analysis.period.last-year", "2018-03", 0, 0, 0, null, null);
        cells(section(march, "trend").get("totals"), "reports.total", 3, 520000, 22000, "4.2");
    }

    @Test
    void thePageTheWorkbookAndThePdfShowTheSameTotals() throws Exception {
        String page = mvc.perform(get("/reports/sales-analysis?period=MONTH&date=2019-03-01").with(logins.as("gm"))
                .header("Accept-Language", "zh-CN")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("销售分析报告", "¥830,000.00", "¥44,000.00", "5.3%", "按车型", "自然到店", "近13个月趋势");

        byte[] xlsx = mvc.perform(get("/reports/sales-analysis/export.xlsx?period=MONTH&date=2019-03-01")
                .with(logins.as("gm")).header("Accept-Language", "zh-CN")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet models = workbook.getSheet("按车型");
            Row totals = models.getRow(models.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(totals.getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(830000.0);
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(44000.0);
            Sheet consultants = workbook.getSheet("按销售顾问");
            assertThat(consultants.getRow(consultants.getLastRowNum()).getCell(2).getNumericCellValue()).isEqualTo(830000.0);
        }

        byte[] pdf = mvc.perform(get("/reports/sales-analysis/export.pdf?period=MONTH&date=2019-03-01")
                .with(logins.as("gm")).header("Accept-Language", "zh-CN")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        assertThat(text.toString()).contains("销售分析报告", "¥830,000.00", "2019-03");
    }

    @Test
    void aPeriodNobodyKnowsIsToldOnThePageAndRefusedByTheApi() throws Exception {
        String page = mvc.perform(get("/reports/sales-analysis?period=FOO&date=2019-03-01").with(logins.as("gm"))
                .header("Accept-Language", "zh-CN")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("无法识别的统计周期：FOO").doesNotContain("¥830,000.00");
        String english = mvc.perform(get("/reports/sales-analysis?period=FOO").with(logins.as("gm"))
                .cookie(new Cookie("AUTOSALES_LANG", "en"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Unknown period: FOO");

        MvcResult refused = mvc.perform(get("/api/v1/reports/sales-analysis?period=FOO&date=2019-03-01")
                .header("Authorization", "Bearer " + api.tokenFor("gm")).header("Accept-Language", "zh-CN")).andReturn();
        assertThat(refused.getResponse().getStatus()).isBetween(400, 499);
        assertThat(refused.getResponse().getContentAsString()).contains("无法识别的统计周期：FOO");
        MvcResult badDate = mvc.perform(get("/api/v1/reports/sales-analysis?period=MONTH&date=2019-13-45")
                .header("Authorization", "Bearer " + api.tokenFor("gm")).header("Accept-Language", "en")).andReturn();
        assertThat(badDate.getResponse().getStatus()).isBetween(400, 499);
        assertThat(badDate.getResponse().getContentAsString()).contains("Unreadable date: 2019-13-45");
    }

    @Test
    void aYearComparesWithTheYearBefore() throws Exception {
        JsonNode year = report("gm", "/api/v1/reports/sales-analysis?period=YEAR&date=2019-06-01");
        // 2019: A1–A4, B1, B2, D1 = 7 cars, 830,000 + 440,000 + 300,000; 2018: C1, E1 = 2 cars, 150,000
        value(headline(year, "reports.analysis.metric.units"), 7, 2);
        value(headline(year, "reports.analysis.metric.revenue"), "1570000", "150000");
        JsonNode trend = section(year, "trend");
        assertThat(trend.get("rows").get(12).get("cells").get(0).asString()).isEqualTo("2019-12");
    }
}
