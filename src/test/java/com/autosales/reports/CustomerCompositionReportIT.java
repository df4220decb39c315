package com.autosales.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 客户构成分析 on a fixed set of six customers and eight deliveries in 2013 (a year no other test uses), every figure
 * worked out by hand below.
 */
@IntegrationTest
class CustomerCompositionReportIT {

    private static final long FIRST_CONTRACT = 9_130_000_001L;
    private static final String MONTH = "period=MONTH&date=2013-06-01";
    private static final String MODEL_1 = "测试 车系甲 2013款 1.5T";
    private static final String MODEL_2 = "测试 车系乙 2013款 2.0T";
    private static final String MODEL_3 = "测试 车系丙 2013款 EV";

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private String tag;
    private Long c1;
    private Long c2;
    private Long c3;
    private Long c4;
    private Long c5;
    private Long c6;

    /*
     * June 2013, revenue 1,000,000.00 from 7 deliveries:
     *   c1 甲 grade A, consultant1: 300,000 (车系甲 豪华版) + 200,000 (车系甲 标准版) = 500,000 — 上海市…, AA, limit 100,000,
     *      exposure 150,000 (over by 50,000)
     *   c2 乙 grade A, consultant1: 200,000 (车系乙) — 广东省广州市…, A, limit 200,000, exposure 50,000
     *   c3 丙 grade B, consultant2: 150,000 (车系甲 标准版) — 内蒙古自治区呼和浩特市…, B, limit 50,000, exposure 60,000 (over 10,000)
     *   c6 己 grade B, consultant2: 100,000 (车系乙) — "浦东新区张江路100号" (no province: unknown), A, limit 80,000, exposure 80,000
     *   c5 戊 no grade, consultant1: 30,000 (车系丙) — 香港特别行政区…, AA, limit 100,000, exposure 0
     *   c4 丁 grade C, consultant2: 20,000 (车系丙) — only a non-default address (unknown), no credit
     * August 2013: c2 another 100,000 (车系乙), in the year only.
     * Receivables (today is long after 2013): c1's first contract expects 50,000 due 2013-05-01, 250,000 due
     * 2013-06-10 and 10,000 due in 30 days, and received 120,000: the first line is paid, 180,000 of the second is
     * overdue, the third is not due. c3's contract expects 30,000 due 2013-06-01 and 120,000 due 2013-06-20, received
     * 40,000: 110,000 overdue. A cancelled contract of c3's with 5,000 due in 2013 counts for nothing.
     */
    @BeforeEach
    void fixture() {
        ReportFixtures f = new ReportFixtures(jdbc);
        f.clearContracts(FIRST_CONTRACT, FIRST_CONTRACT + 99);
        Long consultant1 = f.employeeOf("consultant1");
        Long consultant2 = f.employeeOf("consultant2");
        tag = UUID.randomUUID().toString().substring(0, 6);
        c1 = f.customer("构成甲" + tag, consultant1, "A");
        c2 = f.customer("构成乙" + tag, consultant1, "A");
        c3 = f.customer("构成丙" + tag, consultant2, "B");
        c4 = f.customer("构成丁" + tag, consultant2, "C");
        c5 = f.customer("构成戊" + tag, consultant1, null);
        c6 = f.customer("构成己" + tag, consultant2, "B");
        f.address(c1, "上海市浦东新区张江路1号", true);
        f.address(c2, "广东省广州市天河区体育西路191号", true);
        f.address(c3, "内蒙古自治区呼和浩特市新城区1号", true);
        f.address(c4, "北京市朝阳区建国路1号", false);
        f.address(c5, "香港特别行政区九龙弥敦道1号", true);
        f.address(c6, "浦东新区张江路100号", true);
        f.credit(c1, "AA", "100000.00", "150000.00");
        f.credit(c2, "A", "200000.00", "50000.00");
        f.credit(c3, "B", "50000.00", "60000.00");
        f.credit(c5, "AA", "100000.00", "0.00");
        f.credit(c6, "A", "80000.00", "80000.00");
        LocalDate june = LocalDate.of(2013, 6, 15);
        long id = FIRST_CONTRACT;
        f.sale(id, consultant1, c1, june, MODEL_1 + " · 豪华版", "300000.00", "20000.00");
        f.sale(id + 1, consultant1, c1, june, MODEL_1 + " · 标准版", "200000.00", "10000.00");
        f.sale(id + 2, consultant1, c2, june, MODEL_2 + " · 豪华版", "200000.00", "10000.00");
        f.sale(id + 3, consultant2, c3, june, MODEL_1 + " · 标准版", "150000.00", "8000.00");
        f.sale(id + 4, consultant2, c6, june, MODEL_2 + " · 标准版", "100000.00", "5000.00");
        f.sale(id + 5, consultant1, c5, june, MODEL_3 + " · 长续航版", "30000.00", "2000.00");
        f.sale(id + 6, consultant2, c4, june, MODEL_3 + " · 长续航版", "20000.00", "1000.00");
        f.sale(id + 7, consultant1, c2, LocalDate.of(2013, 8, 20), MODEL_2 + " · 豪华版", "100000.00", "6000.00");
        f.receivable(id, c1, "构成甲" + tag, consultant1, false, "120000.00",
                "50000.00", LocalDate.of(2013, 5, 1), "250000.00", LocalDate.of(2013, 6, 10),
                "10000.00", LocalDate.now(clock).plusDays(30));
        f.receivable(id + 3, c3, "构成丙" + tag, consultant2, false, "40000.00",
                "30000.00", LocalDate.of(2013, 6, 1), "120000.00", LocalDate.of(2013, 6, 20));
        f.receivable(id + 50, c3, "构成丙" + tag, consultant2, true, "0", "5000.00", LocalDate.of(2013, 6, 1));
    }

    private ReportJson report(String user, String query) throws Exception {
        return new ReportJson(ApiClient.json(mvc.perform(get("/api/v1/reports/customer-composition?" + query)
                        .header("Authorization", "Bearer " + api.tokenFor(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()));
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void theManagerSeesEveryFigureOfTheMonth() throws Exception {
        ReportJson r = report("gm", MONTH);

        assertThat(r.headline("reports.composition.customers")).isEqualTo("6");
        assertThat(r.headline("reports.composition.units")).isEqualTo("7");
        assertThat(r.headline("reports.composition.revenue")).isEqualTo("1000000");
        // class A is c1, c2 and c3 (c3 takes the cumulative share from 70 % to 85 %): 3 of 6 customers
        assertThat(r.headline("reports.composition.headline.pareto")).isEqualTo("50");
        assertThat(r.headline("reports.composition.headline.over-limit")).isEqualTo("2");

        assertThat(r.rows("grades")).containsExactly(
                row("customer.grade.A", "2", "3", "700000", "70"),
                row("customer.grade.B", "2", "2", "250000", "25"),
                row("customer.grade.C", "1", "1", "20000", "2"),
                row("customer.grade.none", "1", "1", "30000", "3"));
        assertThat(r.links("grades")).containsExactly("/customers?grade=A", "/customers?grade=B", "/customers?grade=C", null);
        assertThat(r.totals("grades")).containsExactly("reports.total", "6", "7", "1000000", "100");

        // A: 850,000 of 1,000,000; B: c6 (95 %); C: c5 starts at the 95 % line, and c4; 1 of 6 = 16.67 %, 2 of 6 = 33.33 %
        assertThat(r.rows("abc")).containsExactly(
                row("A", "3", "50", "850000", "85"),
                row("B", "1", "16.7", "100000", "10"),
                row("C", "2", "33.3", "50000", "5"));
        assertThat(r.totals("abc")).containsExactly("reports.total", "6", "100", "1000000", "100");

        assertThat(r.rows("pareto")).containsExactly(
                row("构成甲" + tag, "A", "500000", "50"),
                row("构成乙" + tag, "A", "200000", "70"),
                row("构成丙" + tag, "A", "150000", "85"),
                row("构成己" + tag, "B", "100000", "95"),
                row("构成戊" + tag, "C", "30000", "98"),
                row("构成丁" + tag, "C", "20000", "100"));
        assertThat(r.links("pareto")).containsExactly("/customers/" + c1, "/customers/" + c2, "/customers/" + c3,
                "/customers/" + c6, "/customers/" + c5, "/customers/" + c4);
        assertThat(r.section("pareto").get("chart").get("type").asString()).isEqualTo("PARETO");

        // 车系甲 300,000 + 200,000 + 150,000; 车系乙 200,000 + 100,000; 车系丙 30,000 + 20,000
        assertThat(r.rows("products")).containsExactly(
                row(MODEL_1, "3", "650000", "65"),
                row(MODEL_2, "2", "300000", "30"),
                row(MODEL_3, "2", "50000", "5"));
        assertThat(r.totals("products")).containsExactly("reports.total", "7", "1000000", "100");

        // unknown: c4 (no default address) and c6 (no province): 120,000
        assertThat(r.rows("regions")).containsExactly(
                row("上海市", "1", "2", "500000", "50"),
                row("广东省广州市", "1", "1", "200000", "20"),
                row("内蒙古自治区呼和浩特市", "1", "1", "150000", "15"),
                row("香港特别行政区", "1", "1", "30000", "3"),
                row("reports.composition.region.unknown", "2", "2", "120000", "12"));
        assertThat(r.totals("regions")).containsExactly("reports.total", "6", "7", "1000000", "100");

        // AA: c1 + c5, limits 200,000, exposure 150,000 (75 %), c1 overdue 180,000, c1 over limit
        // A: c2 + c6, limits 280,000, exposure 130,000 (46.43 %), c6 at its limit is not over
        // B: c3, 60,000 of 50,000 (120 %), overdue 110,000 (the cancelled contract not counted)
        // none: c4, no limit (no usage)
        assertThat(r.rows("credit")).containsExactly(
                row("customer.credit.rating.AA", "2", "200000", "150000", "75", "180000", "1"),
                row("customer.credit.rating.A", "2", "280000", "130000", "46.4", "0", "0"),
                row("customer.credit.rating.B", "1", "50000", "60000", "120", "110000", "1"),
                row("reports.composition.credit.none", "1", "0", "0", null, "0", "0"));
        assertThat(r.links("credit")).containsExactly("/customers?creditRating=AA", "/customers?creditRating=A",
                "/customers?creditRating=B", null);
        // 340,000 of 530,000 = 64.15 %
        assertThat(r.totals("credit")).containsExactly("reports.total", "6", "530000", "340000", "64.2", "290000", "2");

        assertThat(r.rows("over-limit")).containsExactly(
                row("构成甲" + tag, "customer.credit.rating.AA", "100000", "150000", "50000", "180000"),
                row("构成丙" + tag, "customer.credit.rating.B", "50000", "60000", "10000", "110000"));
        assertThat(r.links("over-limit")).containsExactly("/customers/" + c1, "/customers/" + c3);
    }

    @Test
    void theYearAddsTheOtherMonths() throws Exception {
        ReportJson r = report("gm", "period=YEAR&date=2013-06-01");

        // June's 1,000,000 and 7 deliveries, and c2's 100,000 in August: c2 now has 300,000 (27.27 %)
        assertThat(r.headline("reports.composition.units")).isEqualTo("8");
        assertThat(r.headline("reports.composition.revenue")).isEqualTo("1100000");
        assertThat(r.rows("grades").get(0)).containsExactly("customer.grade.A", "2", "4", "800000", "72.7");
    }

    @Test
    void aConsultantSeesOnlyHisOwnCustomers() throws Exception {
        ReportJson r = report("consultant1", MONTH);

        // consultant1 delivered to c1 (500,000, 2 units), c2 (200,000) and c5 (30,000): 730,000
        assertThat(r.headline("reports.composition.customers")).isEqualTo("3");
        assertThat(r.headline("reports.composition.units")).isEqualTo("4");
        assertThat(r.headline("reports.composition.revenue")).isEqualTo("730000");
        // c1 0 → 68.49 %, c2 68.49 → 95.89 % (A: starts below 80 %), c5 starts above 95 % (C): 2 of 3 = 66.67 %
        assertThat(r.headline("reports.composition.headline.pareto")).isEqualTo("66.7");
        assertThat(r.rows("pareto")).containsExactly(
                row("构成甲" + tag, "A", "500000", "68.5"),
                row("构成乙" + tag, "A", "200000", "95.9"),
                row("构成戊" + tag, "C", "30000", "100"));
        assertThat(r.rows("grades")).containsExactly(
                row("customer.grade.A", "2", "3", "700000", "95.9"),
                row("customer.grade.none", "1", "1", "30000", "4.1"));
        assertThat(r.totals("credit")).containsExactly("reports.total", "3", "400000", "200000", "50", "180000", "1");
        assertThat(r.rows("over-limit")).extracting(cells -> cells.get(0)).containsExactly("构成甲" + tag);

        String page = mvc.perform(get("/reports/customer-composition?" + MONTH).with(logins.as("consultant1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("构成甲" + tag, "¥730,000.00").doesNotContain("构成丙" + tag, "构成丁" + tag, "构成己" + tag);
    }

    @Test
    void thePageTheExcelFileAndThePdfCarryTheApiTotals() throws Exception {
        ReportJson r = report("gm", MONTH);
        assertThat(r.totals("credit").get(5)).isEqualTo("290000");

        String page = mvc.perform(get("/reports/customer-composition?" + MONTH).with(logins.as("gm")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("客户构成分析", "按客户等级", "ABC 分类", "¥1,000,000.00", "¥850,000.00", "¥290,000.00",
                "50.0%", "广东省广州市", "未知地区", "section-pareto", "/customers/" + c1).doesNotContain("??");
        String english = mvc.perform(get("/reports/customer-composition?" + MONTH + "&lang=en").with(logins.as("gm")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Customer composition", "Unknown region", "Share of customers making 80% of revenue")
                .doesNotContain("??");

        byte[] xlsx = mvc.perform(get("/reports/customer-composition/export.xlsx?" + MONTH).with(logins.as("gm")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet grades = book.getSheet("按客户等级");
            Row totals = grades.getRow(grades.getLastRowNum());
            assertThat(totals.getCell(1).getNumericCellValue()).isEqualTo(6);
            assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(7);
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(1_000_000);
            Sheet credit = book.getSheet("信用分析");
            Row creditTotals = credit.getRow(credit.getLastRowNum());
            assertThat(creditTotals.getCell(5).getNumericCellValue()).isEqualTo(290_000);
            assertThat(creditTotals.getCell(4).getNumericCellValue()).isEqualTo(64.2);
        }

        byte[] pdf = mvc.perform(get("/reports/customer-composition/export.pdf?" + MONTH).with(logins.as("gm")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        assertThat(text.toString()).contains("¥1,000,000.00", "¥850,000.00", "¥290,000.00", "64.2%", "50.0%");
    }
}
