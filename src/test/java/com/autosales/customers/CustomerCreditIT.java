package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.shared.Money;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CustomerCreditIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;
    @Autowired CustomerCredit credit;
    @Autowired CustomerTrade trade;
    @Autowired Clock clock;
    @Autowired GradeRecomputeJob nightly;

    /** A fresh customer of consultant1 (张伟), with a name and phone no other test uses. */
    private Long consultant1Customer(String name, Grade grade) {
        Map<String, Object> wangFang = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = '王芳'");
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return customers.registerFor((Long) wangFang.get("store_id"), (Long) wangFang.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.ORGANISATION, name + "-" + System.nanoTime() % 1_000_000, phone,
                        Lifecycle.NEW, grade));
    }

    private String name(Long id) {
        return jdbc.queryForObject("select name from customer where id = ?", String.class, id);
    }

    private String grade(Long id) {
        return jdbc.queryForObject("select grade from customer where id = ?", String.class, id);
    }

    private long gradingVersion(Long id) {
        List<Long> v = jdbc.queryForList("select version from customer_grading where customer_id = ?", Long.class, id);
        return v.isEmpty() ? -1 : v.get(0);
    }

    private void setCredit(String user, Long id, String limit) throws Exception {
        List<Long> v = jdbc.queryForList("select version from customer_credit where customer_id = ?", Long.class, id);
        mvc.perform(post("/customers/" + id + "/credit").with(csrf()).with(logins.as(user))
                        .param("version", String.valueOf(v.isEmpty() ? -1 : v.get(0))).param("rating", "AA")
                        .param("creditLimit", limit).param("paymentDays", "30").param("paymentTerms", "月结 30 天，票到付款"))
                .andExpect(redirectedUrl("/customers/" + id + "#customer-credit"));
    }

    @Test
    void aSalesManagerSetsCreditAndTheConsultantSeesItOnTheCardButCannotChangeIt() throws Exception {
        Long id = consultant1Customer("信用设置公司", Grade.B);
        setCredit("salesmanager", id, "300000");

        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("信用与等级")))
                .andExpect(content().string(containsString("AA（很好）")))
                .andExpect(content().string(containsString("¥300,000.00")))
                .andExpect(content().string(containsString("账期 30 天")))
                .andExpect(content().string(containsString("月结 30 天，票到付款")))
                .andExpect(content().string(containsString("修改信用")))
                .andExpect(content().string(not(containsString("id=\"edit-credit\""))))
                .andExpect(content().string(not(containsString("credit-over-limit"))));
        mvc.perform(get("/customers/" + id).with(logins.as("salesmanager")))
                .andExpect(content().string(containsString("id=\"edit-credit\"")));

        mvc.perform(get("/customers/" + id + "/credit").with(logins.as("consultant1"))).andExpect(status().isForbidden());
        mvc.perform(post("/customers/" + id + "/credit").with(csrf()).with(logins.as("consultant1"))
                        .param("version", "0").param("creditLimit", "99999999"))
                .andExpect(status().isForbidden());
        String token = api.tokenFor("consultant1");
        mvc.perform(put("/api/v1/customers/" + id + "/credit").header("Authorization", "Bearer " + token)
                        .header("If-Match", "0").contentType(MediaType.APPLICATION_JSON).content("{\"creditLimit\": 99999999}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/customers/" + id + "/credit").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value("AA"))
                .andExpect(jsonPath("$.limit").value(300000.0))
                .andExpect(jsonPath("$.paymentDays").value(30));
        assertThat(jdbc.queryForObject("select credit_limit from customer_credit where customer_id = ?",
                java.math.BigDecimal.class, id)).isEqualByComparingTo("300000");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'customer' and entity_id = ?"
                + " and action = 'CREDIT' and actor = 'salesmanager'", Long.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void theApiSetsCreditWithTheVersionReadAndAStaleVersionIsRefused() throws Exception {
        Long id = consultant1Customer("信用接口公司", Grade.B);
        String token = api.tokenFor("salesmanager");
        mvc.perform(put("/api/v1/customers/" + id + "/credit").header("Authorization", "Bearer " + token)
                        .header("If-Match", "-1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\":\"A\",\"creditLimit\":120000,\"paymentDays\":60,\"paymentTerms\":\"60 天\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value("A"))
                .andExpect(jsonPath("$.available").value(120000.0));
        mvc.perform(put("/api/v1/customers/" + id + "/credit").header("Authorization", "Bearer " + token)
                        .header("If-Match", "-1").contentType(MediaType.APPLICATION_JSON).content("{\"creditLimit\":1}"))
                .andExpect(status().isConflict());
    }

    @Test
    void badCreditInputIsExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
        Long id = consultant1Customer("信用校验公司", Grade.B);
        mvc.perform(post("/customers/" + id + "/credit").with(csrf()).with(logins.as("salesmanager"))
                        .param("version", "-1").param("creditLimit", "-5").param("paymentDays", "400"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("请输入不小于 0 的金额")))
                .andExpect(content().string(containsString("账期应为 0 到 365 天")));
        assertThat(jdbc.queryForObject("select count(*) from customer_credit where customer_id = ?", Long.class, id)).isZero();
    }

    @Test
    void exposureOverTheLimitShowsAWarningOnTheCardAndTheListFindsIt() throws Exception {
        Long id = consultant1Customer("信用超额公司", Grade.B);
        setCredit("salesmanager", id, "100000");
        credit.recordExposure(id, Money.of(150_000));

        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("id=\"credit-over-limit\"")))
                .andExpect(content().string(containsString("应收余额 ¥150,000.00 已超出信用额度 ¥100,000.00，超出 ¥50,000.00")));
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")).cookie(new Cookie("AUTOSALES_LANG", "en")))
                .andExpect(content().string(containsString("exceed the credit limit of ¥100,000.00 by ¥50,000.00")));
        mvc.perform(get("/api/v1/customers/" + id + "/credit").header("Authorization", "Bearer " + api.tokenFor("consultant1")))
                .andExpect(jsonPath("$.overLimit").value(true))
                .andExpect(jsonPath("$.overBy").value(50000.0))
                .andExpect(jsonPath("$.available").value(0.0))
                .andExpect(jsonPath("$.usagePercent").value(100));

        CreditCheck check = credit.check(id, Money.of(10_000));
        assertThat(check.exceedsLimit()).isTrue();
        assertThat(check.excess()).isEqualTo(Money.of(60_000));

        Long within = consultant1Customer("信用正常公司", Grade.B);
        setCredit("salesmanager", within, "100000");
        credit.recordExposure(within, Money.of(40_000));
        assertThat(credit.check(within, Money.of(60_000)).exceedsLimit()).isFalse();
        mvc.perform(get("/customers/" + within).with(logins.as("consultant1")))
                .andExpect(content().string(not(containsString("id=\"credit-over-limit\""))))
                .andExpect(content().string(containsString("¥60,000.00")));

        mvc.perform(get("/customers").param("q", "信用").param("overLimit", "true").with(logins.as("consultant1")))
                .andExpect(content().string(containsString(name(id))))
                .andExpect(content().string(not(containsString(name(within)))))
                .andExpect(content().string(containsString("仅看超额度客户")));
        mvc.perform(get("/customers").param("q", "信用").param("creditRating", "AA").with(logins.as("consultant1")))
                .andExpect(content().string(containsString(name(id))))
                .andExpect(content().string(containsString(name(within))));
        mvc.perform(get("/customers/filters").param("creditRating", "AA").with(logins.as("consultant1")))
                .andExpect(content().string(containsString("AA（很好） (")));
    }

    @Test
    void anotherConsultantCannotReachTheCustomersCredit() throws Exception {
        Long id = consultant1Customer("信用范围公司", Grade.B);
        setCredit("salesmanager", id, "50000");
        mvc.perform(get("/api/v1/customers/" + id + "/credit").header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + id + "/grade").header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/customers/" + id).with(logins.as("consultant2"))).andExpect(status().isNotFound());
        mvc.perform(get("/customers").param("q", "信用范围").param("creditRating", "AA").with(logins.as("consultant2")))
                .andExpect(content().string(not(containsString(name(id)))));
    }

    @Test
    void recordedSalesGradeTheCustomerByTheRulesOverTheLastTwelveMonths() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Long big = consultant1Customer("规则评级大客户", Grade.C);
        trade.recordSale(big, today.minusMonths(2), Money.of(900_000), Money.of(90_000));
        assertThat(grade(big)).as("900k is B").isEqualTo("B");
        trade.recordSale(big, today.minusDays(3), Money.of(600_000), Money.of(60_000));
        assertThat(grade(big)).as("1.5M at 10% is A").isEqualTo("A");
        mvc.perform(get("/customers/" + big).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("按规则：近 12 个月收入 ¥1,500,000.00，毛利率 10%")))
                .andExpect(content().string(containsString("等级变更")));

        mvc.perform(post("/customers/" + big + "/edit").with(csrf()).with(logins.as("consultant1"))
                        .param("version", String.valueOf(jdbc.queryForObject("select version from customer where id = ?", Long.class, big)))
                        .param("kind", "ORGANISATION").param("name", name(big)).param("lifecycle", "NEW").param("grade", "B"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/customers/" + big).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("在客户资料中手工录入")));

        Long old = consultant1Customer("规则评级老客户", Grade.A);
        trade.recordSale(old, today.minusMonths(13), Money.of(5_000_000), Money.of(500_000));
        assertThat(grade(old)).as("a sale older than 12 months does not count").isEqualTo("C");
        mvc.perform(get("/api/v1/customers/" + old + "/grade").header("Authorization", "Bearer " + api.tokenFor("consultant1")))
                .andExpect(jsonPath("$.source").value("RULE"))
                .andExpect(jsonPath("$.grade").value("C"))
                .andExpect(jsonPath("$.revenue").value(0.0));
    }

    @Test
    void aManagersGradeWinsOverTheRulesUntilClearedAndIsInTheTimeline() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Long id = consultant1Customer("手动评级公司", Grade.B);
        trade.recordSale(id, today.minusDays(10), Money.of(1_500_000), Money.of(150_000));
        assertThat(grade(id)).isEqualTo("A");

        mvc.perform(post("/customers/" + id + "/grade").with(csrf()).with(logins.as("consultant1"))
                        .param("version", String.valueOf(gradingVersion(id))).param("grade", "C").param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/customers/" + id + "/grade").with(csrf()).with(logins.as("salesmanager"))
                        .param("version", String.valueOf(gradingVersion(id))).param("grade", "C").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写原因")));
        mvc.perform(post("/customers/" + id + "/grade").with(csrf()).with(logins.as("salesmanager"))
                        .param("version", String.valueOf(gradingVersion(id))).param("grade", "C").param("reason", "多次逾期付款"))
                .andExpect(redirectedUrl("/customers/" + id + "#customer-credit"));
        assertThat(grade(id)).isEqualTo("C");

        trade.recordSale(id, today.minusDays(1), Money.of(100_000), Money.of(10_000));
        assertThat(grade(id)).as("the override wins over the rules").isEqualTo("C");

        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("手动：李明，原因：多次逾期付款")))
                .andExpect(content().string(containsString("等级变更")))
                .andExpect(content().string(containsString("多次逾期付款")))
                .andExpect(content().string(not(containsString("clear-grade-override"))));
        assertThat(jdbc.queryForObject("select summary from audit_entry where entity_type = 'customer' and entity_id = ?"
                + " and action = 'GRADE' and actor = 'salesmanager'", String.class, String.valueOf(id))).isEqualTo("多次逾期付款");

        mvc.perform(post("/api/v1/customers/" + id + "/grade/clear").header("Authorization", "Bearer " + api.tokenFor("salesmanager"))
                        .header("If-Match", String.valueOf(gradingVersion(id))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("RULE"))
                .andExpect(jsonPath("$.grade").value("A"));
        assertThat(grade(id)).isEqualTo("A");
    }

    @Test
    void theGeneralManagerSetsTheStoresGradeRulesAndItsCustomersAreGradedAgain() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Long id = consultant1Customer("规则调整公司", Grade.B);
        trade.recordSale(id, today.minusDays(5), Money.of(180_000), Money.of(9_000));
        assertThat(grade(id)).isEqualTo("C");
        mvc.perform(get("/customers/grade-rules").with(logins.as("consultant1"))).andExpect(status().isForbidden());
        mvc.perform(get("/customers/grade-rules").with(logins.as("salesmanager"))).andExpect(status().isForbidden());
        mvc.perform(get("/customers/grade-rules").with(logins.as("gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("客户分级规则")))
                .andExpect(content().string(containsString("value=\"1000000.00\"")));
        Long store = jdbc.queryForObject("select store_id from customer where id = ?", Long.class, id);
        try {
            mvc.perform(post("/customers/grade-rules").with(csrf()).with(logins.as("gm")).param("storeId", String.valueOf(store))
                            .param("version", String.valueOf(rulesVersion(store))).param("revenueA", "100")
                            .param("marginA", "8").param("revenueB", "150000").param("marginB", "0"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("A 级标准不能低于 B 级标准")));
            mvc.perform(post("/customers/grade-rules").with(csrf()).with(logins.as("gm")).param("storeId", String.valueOf(store))
                            .param("version", String.valueOf(rulesVersion(store))).param("revenueA", "1000000")
                            .param("marginA", "8").param("revenueB", "150000").param("marginB", "abc"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("is-invalid")));
            mvc.perform(post("/customers/grade-rules").with(csrf()).with(logins.as("gm")).param("storeId", String.valueOf(store))
                            .param("version", String.valueOf(rulesVersion(store))).param("revenueA", "1000000")
                            .param("marginA", "8").param("revenueB", "150000").param("marginB", "0"))
                    .andExpect(redirectedUrl("/customers/grade-rules?storeId=" + store));
            assertThat(grade(id)).as("180k now reaches B").isEqualTo("B");
            mvc.perform(get("/api/v1/customers/grade-rules").header("Authorization", "Bearer " + api.tokenFor("gm")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.storeId").value(store))
                    .andExpect(jsonPath("$.rules.revenueB").value(150000.0));
        } finally {
            mvc.perform(post("/customers/grade-rules").with(csrf()).with(logins.as("gm")).param("storeId", String.valueOf(store))
                    .param("version", String.valueOf(rulesVersion(store))).param("revenueA", "1000000")
                    .param("marginA", "8").param("revenueB", "200000").param("marginB", "0"));
        }
        assertThat(grade(id)).isEqualTo("C");
    }

    @Test
    void theNightlyRecomputeGradesAgainAsTheTwelveMonthWindowMovesOn() {
        LocalDate today = LocalDate.now(clock);
        Long id = consultant1Customer("夜间重算公司", Grade.B);
        trade.recordSale(id, today.minusDays(2), Money.of(1_500_000), Money.of(150_000));
        assertThat(grade(id)).isEqualTo("A");
        // a year on, the sale has left the window (here the sale moves back rather than the clock forward)
        jdbc.update("update customer_sale_line set sold_on = ? where customer_id = ?", today.minusMonths(12), id);
        nightly.recomputeGrades();
        assertThat(grade(id)).isEqualTo("C");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'customer' and entity_id = ?"
                + " and action = 'GRADE'", Long.class, String.valueOf(id))).isEqualTo(2);
    }

    private long rulesVersion(Long store) {
        List<Long> v = jdbc.queryForList("select version from customer_grade_rules where store_id = ?", Long.class, store);
        return v.isEmpty() ? -1 : v.get(0);
    }
}
