package com.autosales.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * 线索来源投入产出 on a fixed funnel in March 2014 (a period no other test uses) and costs entered through the API and
 * the cost screen, every figure worked out by hand below.
 */
@IntegrationTest
class LeadSourceRoiReportIT {

    private static final long FIRST_RECORD = 9_140_000_001L;
    private static final String MARCH = "period=MONTH&date=2014-03-01";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;

    private ReportFixtures f;
    private long next;

    private Instant march(int day, int hour, int minute) {
        return LocalDateTime.of(2014, 3, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    private void entries(String stage, String recordType, Long consultant, String source, int count) {
        for (int i = 0; i < count; i++) {
            f.funnel(stage, recordType, next++, consultant, source, march(10, 10, 0));
        }
    }

    /** A won contract, delivered in March with its gross margin. */
    private void delivery(Long consultant, String source, String margin) {
        long contract = next++;
        f.sale(contract, consultant, 9_140_999_999L, LocalDate.of(2014, 3, 20), "测试 车型 · 版本",
                "100000.00", margin);
        f.funnel("DELIVERY", "contract", contract, consultant, source, march(20, 15, 0));
    }

    /*
     * March 2014 (Asia/Shanghai):
     *   ONLINE   leads 10 (consultant1 6, consultant2 4), test drives 4 (2 + 2), orders 3 (2 + 1), deliveries 2
     *            (consultant1 margin 12,000, consultant2 8,000), cost 5,000.00 (API)
     *   WALK_IN  leads 3, test drives 2, orders 1, delivery 1 (margin 4,000), all consultant1; no cost
     *   EVENT    leads 7 (consultant2 4, consultant1 3), test drive 1, order 1, delivery 1 (margin 2,000), all
     *            consultant2 but the 3 leads; cost 3,000.00 (API)
     *   PHONE    nothing happened; cost 600.00 (cost screen)
     *   REFERRAL nothing, no cost
     *   UNKNOWN  one lead of consultant1 on 31 March 23:30; one on 1 April 00:30 (April in Shanghai, though still
     *            31 March in UTC); no cost
     * April 2014: ONLINE cost 1,000.00 (only in the year).
     */
    @BeforeEach
    void fixture() throws Exception {
        f = new ReportFixtures(jdbc);
        f.clearFunnel(FIRST_RECORD, FIRST_RECORD + 999);
        f.clearContracts(FIRST_RECORD, FIRST_RECORD + 999);
        jdbc.update("delete from lead_source_cost where store_id = ? and cost_month between ? and ?", f.storeId,
                LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 1));
        next = FIRST_RECORD;
        Long c1 = f.employeeOf("consultant1");
        Long c2 = f.employeeOf("consultant2");
        entries("LEAD", "lead", c1, "ONLINE", 6);
        entries("LEAD", "lead", c2, "ONLINE", 4);
        entries("TEST_DRIVE", "testdrive", c1, "ONLINE", 2);
        entries("TEST_DRIVE", "testdrive", c2, "ONLINE", 2);
        entries("ORDER", "contract", c1, "ONLINE", 2);
        entries("ORDER", "contract", c2, "ONLINE", 1);
        delivery(c1, "ONLINE", "12000.00");
        delivery(c2, "ONLINE", "8000.00");
        entries("LEAD", "lead", c1, "WALK_IN", 3);
        entries("TEST_DRIVE", "testdrive", c1, "WALK_IN", 2);
        entries("ORDER", "contract", c1, "WALK_IN", 1);
        delivery(c1, "WALK_IN", "4000.00");
        entries("LEAD", "lead", c2, "EVENT", 4);
        entries("LEAD", "lead", c1, "EVENT", 3);
        entries("TEST_DRIVE", "testdrive", c2, "EVENT", 1);
        entries("ORDER", "contract", c2, "EVENT", 1);
        delivery(c2, "EVENT", "2000.00");
        f.funnel("LEAD", "lead", next++, c1, "UNKNOWN", march(31, 23, 30));
        f.funnel("LEAD", "lead", next++, c1, "UNKNOWN", LocalDateTime.of(2014, 4, 1, 0, 30).atZone(SHANGHAI).toInstant());

        JsonNode sheet = costs("salesmanager", "2014-03");
        assertThat(sheet.get("lines")).hasSize(6).allSatisfy(l -> assertThat(l.get("version").asLong()).isEqualTo(-1));
        putCosts("salesmanager", "2014-03", line("ONLINE", "5000.00", -1), line("EVENT", "3000", -1))
                .andExpect(status().isOk());
        putCosts("salesmanager", "2014-04", line("ONLINE", "1000.00", -1)).andExpect(status().isOk());
        mvc.perform(post("/reports/lead-source-roi/costs").with(csrf()).with(logins.as("salesmanager"))
                        .param("month", "2014-03").param("lines[0].source", "PHONE").param("lines[0].amount", "600.00")
                        .param("lines[0].note", "电话外呼").param("lines[0].version", "-1"))
                .andExpect(status().is3xxRedirection());
    }

    private JsonNode costs(String user, String month) throws Exception {
        return ApiClient.json(mvc.perform(get("/api/v1/lead-source-costs?month=" + month)
                        .header("Authorization", "Bearer " + api.tokenFor(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static String line(String source, String amount, long version) {
        return "{\"source\":\"" + source + "\",\"amount\":" + amount + ",\"version\":" + version + "}";
    }

    private ResultActions putCosts(String user, String month, String... lines) throws Exception {
        return mvc.perform(put("/api/v1/lead-source-costs").header("Authorization", "Bearer " + api.tokenFor(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"month\":\"" + month + "\",\"lines\":[" + String.join(",", lines) + "]}"));
    }

    private ReportJson report(String user, String query) throws Exception {
        return new ReportJson(ApiClient.json(mvc.perform(get("/api/v1/reports/lead-source-roi?" + query)
                        .header("Authorization", "Bearer " + api.tokenFor(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()));
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    private BigDecimal saved(String month, String source) {
        return jdbc.query("select amount from lead_source_cost where store_id = ? and cost_month = ? and source = ?",
                rs -> rs.next() ? rs.getBigDecimal(1) : null, f.storeId, LocalDate.parse(month + "-01"), source);
    }

    @Test
    void theManagerSeesEverySourcesFunnelMarginCostAndReturn() throws Exception {
        ReportJson r = report("gm", MARCH);

        // columns: source, leads, test drives, orders, deliveries, lead→delivery %, margin, cost, per lead, per delivery, ROI %
        assertThat(r.rows("sources")).containsExactly(
                // 1 of 3 = 33.33 %; no cost: "—"
                row("funnel.source.WALK_IN", "3", "2", "1", "1", "33.3", "4000", null, null, null, null),
                // no leads: no conversion, no cost per lead or delivery; (0 − 600) / 600 = −100 %
                row("funnel.source.PHONE", "0", "0", "0", "0", null, "0", "600", null, null, "-100"),
                // 2 of 10; 5,000 / 10 = 500; 5,000 / 2 = 2,500; (20,000 − 5,000) / 5,000 = 300 %
                row("funnel.source.ONLINE", "10", "4", "3", "2", "20", "20000", "5000", "500", "2500", "300"),
                row("funnel.source.REFERRAL", "0", "0", "0", "0", null, "0", null, null, null, null),
                // 1 of 7 = 14.29 %; 3,000 / 7 = 428.571; (2,000 − 3,000) / 3,000 = −33.33 %
                row("funnel.source.EVENT", "7", "1", "1", "1", "14.3", "2000", "3000", "428.57", "3000", "-33.3"),
                // the 1 April 00:30 lead is April's
                row("funnel.source.UNKNOWN", "1", "0", "0", "0", "0", "0", null, null, null, null));
        assertThat(r.links("sources").get(2))
                .isEqualTo("/funnel/records?stage=LEAD&source=ONLINE&from=2014-03-01&to=2014-03-31");
        // 4 of 21 leads = 19.05 %; costed sources ONLINE, EVENT, PHONE: 8,600 over 17 leads = 505.88, over 3
        // deliveries = 2,866.67; their margin 22,000: (22,000 − 8,600) / 8,600 = 155.81 %
        assertThat(r.totals("sources")).containsExactly("reports.total", "21", "7", "5", "4", "19", "26000", "8600",
                "505.88", "2866.67", "155.8");
        assertThat(r.headline("reports.roi.leads")).isEqualTo("21");
        assertThat(r.headline("reports.roi.deliveries")).isEqualTo("4");
        assertThat(r.headline("reports.roi.margin")).isEqualTo("26000");
        assertThat(r.headline("reports.roi.cost")).isEqualTo("8600");
        assertThat(r.headline("reports.roi.roi")).isEqualTo("155.8");

        assertThat(report("salesmanager", MARCH).totals("sources")).as("the whole sales department")
                .isEqualTo(r.totals("sources"));
    }

    @Test
    void theYearSumsTheMonthsCosts() throws Exception {
        ReportJson r = report("gm", "period=YEAR&date=2014-03-01");

        // ONLINE: 5,000 in March + 1,000 in April = 6,000; (20,000 − 6,000) / 6,000 = 233.33 %; the April lead counts
        assertThat(r.rows("sources").get(2)).containsExactly("funnel.source.ONLINE", "10", "4", "3", "2", "20", "20000",
                "6000", "600", "3000", "233.3");
        assertThat(r.rows("sources").get(5).get(1)).isEqualTo("2");
    }

    @Test
    void aConsultantSeesHisOwnFunnelAndNoStoreCost() throws Exception {
        ReportJson r = report("consultant1", MARCH);

        assertThat(r.rows("sources")).containsExactly(
                row("funnel.source.WALK_IN", "3", "2", "1", "1", "33.3", "4000", null, null, null, null),
                row("funnel.source.PHONE", "0", "0", "0", "0", null, "0", null, null, null, null),
                // 1 of 6 = 16.67 %
                row("funnel.source.ONLINE", "6", "2", "2", "1", "16.7", "12000", null, null, null, null),
                row("funnel.source.REFERRAL", "0", "0", "0", "0", null, "0", null, null, null, null),
                row("funnel.source.EVENT", "3", "0", "0", "0", "0", "0", null, null, null, null),
                row("funnel.source.UNKNOWN", "1", "0", "0", "0", "0", "0", null, null, null, null));
        // 2 of 13 = 15.38 %
        assertThat(r.totals("sources")).containsExactly("reports.total", "13", "4", "3", "2", "15.4", "16000", null,
                null, null, null);
        assertThat(r.section("sources").get("noteKey").asString()).isEqualTo("reports.roi.note.no-cost");
    }

    @Test
    void thePageTheExcelFileAndThePdfCarryTheApiTotals() throws Exception {
        String page = mvc.perform(get("/reports/lead-source-roi?" + MARCH).with(logins.as("gm")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("线索来源投入产出", "网络平台", "¥26,000.00", "¥8,600.00", "¥505.88", "155.8%", "-33.3%",
                "/reports/lead-source-roi/costs?month=2014-03").doesNotContain("??");
        String english = mvc.perform(get("/reports/lead-source-roi?" + MARCH + "&lang=en").with(logins.as("gm")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Lead source ROI", "Cost per delivery").doesNotContain("??");

        byte[] xlsx = mvc.perform(get("/reports/lead-source-roi/export.xlsx?" + MARCH).with(logins.as("gm")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sources = book.getSheet("按线索来源");
            Row totals = sources.getRow(sources.getLastRowNum());
            assertThat(totals.getCell(1).getNumericCellValue()).isEqualTo(21);
            assertThat(totals.getCell(6).getNumericCellValue()).isEqualTo(26_000);
            assertThat(totals.getCell(7).getNumericCellValue()).isEqualTo(8_600);
            assertThat(totals.getCell(10).getNumericCellValue()).isEqualTo(155.8);
        }

        byte[] pdf = mvc.perform(get("/reports/lead-source-roi/export.pdf?" + MARCH).with(logins.as("gm")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        assertThat(text.toString()).contains("¥26,000.00", "¥8,600.00", "¥2,866.67", "155.8%");
    }

    @Test
    void theCostScreenShowsTheMonthAndRefusesANegativeAmount() throws Exception {
        String form = mvc.perform(get("/reports/lead-source-roi/costs?month=2014-03").with(logins.as("salesmanager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("营销投入录入", "网络平台", "5000.00", "电话外呼").doesNotContain("??");

        String refused = mvc.perform(post("/reports/lead-source-roi/costs").with(csrf()).with(logins.as("salesmanager"))
                        .param("month", "2014-03")
                        .param("lines[0].source", "WALK_IN").param("lines[0].amount", "800").param("lines[0].version", "-1")
                        .param("lines[1].source", "REFERRAL").param("lines[1].amount", "-5").param("lines[1].version", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("投入金额不能为负数。");
        String english = mvc.perform(post("/reports/lead-source-roi/costs?lang=en").with(csrf())
                        .with(logins.as("salesmanager")).param("month", "2014-03")
                        .param("lines[0].source", "REFERRAL").param("lines[0].amount", "12.345")
                        .param("lines[0].version", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("The amount takes at most two decimals.");
        assertThat(saved("2014-03", "WALK_IN")).as("nothing of a refused form is saved").isNull();
        assertThat(saved("2014-03", "REFERRAL")).isNull();

        String problem = putCosts("gm", "2014-03", line("REFERRAL", "-1", -1)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(ApiClient.json(problem).get("errors").get(0).get("message").asString()).isEqualTo("投入金额不能为负数。");
        assertThat(saved("2014-03", "REFERRAL")).isNull();
    }

    @Test
    void aCostChangedMeanwhileIsNotOverwritten() throws Exception {
        JsonNode online = costs("gm", "2014-03").get("lines").get(2);
        assertThat(online.get("source").asString()).isEqualTo("ONLINE");
        assertThat(online.get("amount").decimalValue()).isEqualByComparingTo("5000.00");
        long version = online.get("version").asLong();

        putCosts("salesmanager", "2014-03", line("ONLINE", "5500.00", version)).andExpect(status().isOk());
        // the general manager still holds the old version, and someone else entered REFERRAL meanwhile
        putCosts("gm", "2014-03", line("WALK_IN", "100.00", -1), line("ONLINE", "7000.00", version))
                .andExpect(status().isConflict());
        assertThat(saved("2014-03", "ONLINE")).isEqualByComparingTo("5500.00");
        assertThat(saved("2014-03", "WALK_IN")).as("the whole sheet is refused").isNull();

        // a blank amount removes the cost: ONLINE's cost is unknown again
        putCosts("gm", "2014-03", "{\"source\":\"ONLINE\",\"amount\":null,\"version\":" + (version + 1) + "}")
                .andExpect(status().isOk());
        assertThat(saved("2014-03", "ONLINE")).isNull();
        assertThat(report("gm", MARCH).rows("sources").get(2).get(7)).isNull();
    }
}
