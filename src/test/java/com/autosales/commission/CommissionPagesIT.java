package com.autosales.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The commission pages in March 2025, a month of their own: the GM keeps the rules on the form, the sales manager
 * calculates and adjusts, and the statement explains each line in Chinese and English.
 */
@IntegrationTest
class CommissionPagesIT {

    private static final String MONTH = "2025-03";

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;

    @Test
    void rulesAreKeptOnTheFormAndTheStatementExplainsEachLineInChineseAndEnglish() throws Exception {
        Map<String, Object> trim = jdbc.queryForMap("select t.id, m.series_id from vehicle_trim t"
                + " join vehicle_model m on m.id = t.model_id order by t.id limit 1");
        Long trimId = ((Number) trim.get("id")).longValue();
        Long seriesId = ((Number) trim.get("series_id")).longValue();
        Long otherTrim = jdbc.queryForObject("select min(t.id) from vehicle_trim t join vehicle_model m on m.id = t.model_id"
                + " where m.series_id <> ?", Long.class, seriesId);
        // March 2025 deliveries of consultant1 as the performance module records them
        sale(990_301L, "HT-P-2503-01", LocalDate.of(2025, 3, 5), trimId, "12345.00");
        sale(990_302L, "HT-P-2503-02", LocalDate.of(2025, 3, 20), otherTrim, "5000.00");

        assertThat(page("gm", "/commission-rules/new", "zh-CN")).contains("新建提成规则", "达成率系数", "车系 · ");
        mvc.perform(form("gm", post("/commission-rules"), "毛利提成", "MARGIN_PERCENT").param("rate", "8")
                .param("validFrom", "2025-03-01").param("validTo", "2025-03-31")).andExpect(status().is3xxRedirection());
        mvc.perform(form("gm", post("/commission-rules"), "单车提成", "PER_UNIT").param("amount", "600")
                .param("vehicle", "SERIES:" + seriesId).param("validFrom", "2025-03-01").param("validTo", "2025-03-31"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("gm", post("/commission-rules"), "达成率系数", "TIERS").param("tiers", "0:0; 80:100; 100:120")
                .param("validFrom", "2025-03-01").param("validTo", "2025-03-31")).andExpect(status().is3xxRedirection());

        long rules = jdbc.queryForObject("select count(*) from commission_rule", Long.class);
        String overlap = mvc.perform(form("gm", post("/commission-rules"), "毛利提成（新）", "MARGIN_PERCENT").param("rate", "9")
                        .param("validFrom", "2025-03-15").cookie(new Cookie("AUTOSALES_LANG", "zh-CN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(overlap).contains("有效期重叠", "毛利提成（新）");
        String unreadable = mvc.perform(form("gm", post("/commission-rules"), "单车", "PER_UNIT").param("amount", "abc")
                        .param("validFrom", "2025-04-01").cookie(new Cookie("AUTOSALES_LANG", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unreadable).contains("A number or date could not be read");
        assertThat(jdbc.queryForObject("select count(*) from commission_rule", Long.class)).isEqualTo(rules);
        assertThat(page("consultant1", "/commission-rules", "zh-CN")).contains("提成规则", "毛利提成", "8.00%")
                .doesNotContain("新建提成规则", "??");

        mvc.perform(post("/commission-statements/generate").param("month", MONTH).with(logins.as("salesmanager")).with(csrf()))
                .andExpect(redirectedUrl("/commission-statements?month=" + MONTH));
        String list = page("salesmanager", "/commission-statements?month=" + MONTH, "zh-CN");
        assertThat(list).contains("2025-03 提成", "张伟", "¥1,987.60", "草稿", "导出 Excel").doesNotContain("??");
        assertThat(page("salesmanager", "/commission-statements?month=" + MONTH, "en"))
                .contains("Commission 2025-03", "Draft", "Export to Excel", "¥1,987.60").doesNotContain("??", "草稿");

        Long id = jdbc.queryForObject("select s.id from commission_statement s join app_user u on u.employee_id = s.employee_id"
                + " where u.username = 'consultant1' and s.period_start = ?", Long.class, Date.valueOf("2025-03-01"));
        long version = jdbc.queryForObject("select version from commission_statement where id = ?", Long.class, id);
        mvc.perform(post("/commission-statements/" + id + "/adjustments").param("version", String.valueOf(version))
                        .param("amount", "100").param("reason", "店庆活动奖励").with(logins.as("salesmanager")).with(csrf()))
                .andExpect(redirectedUrl("/commission-statements/" + id)).andExpect(flash().attribute("successKey", "commission.adjusted"));

        String zh = page("salesmanager", "/commission-statements/" + id, "zh-CN");
        assertThat(zh).contains("张伟 · 2025-03", "HT-P-2503-01", "HT-P-2503-02", "王芳",
                "毛利 ¥12,345.00 × 8% × 100%（无目标，按 100%） = ¥987.60", "每台 ¥600.00 × 100%（无目标，按 100%） = ¥600.00",
                "毛利 ¥5,000.00 × 8% × 100%（无目标，按 100%） = ¥400.00", "调整：店庆活动奖励 = ¥100.00", "李明",
                "单车提成", "毛利提成", "手工调整", "¥2,087.60", "无目标（没有已批准的计划）", "提交总经理审批").doesNotContain("??");
        String en = page("salesmanager", "/commission-statements/" + id, "en");
        assertThat(en).contains("Gross margin ¥12,345.00 × 8% × 100% (no target, paid at 100%) = ¥987.60",
                "¥600.00 per car", "Adjustment: 店庆活动奖励 = ¥100.00", "Per car", "¥2,087.60", "Submit to the GM")
                .doesNotContain("??", "毛利 ¥");

        mvc.perform(get("/commission-statements/" + id).with(logins.as("consultant1"))).andExpect(status().isNotFound());
        assertThat(page("consultant1", "/commission-statements?month=" + MONTH, "zh-CN")).contains("本月还没有提成单").doesNotContain("¥2,087.60");
    }

    private void sale(Long contractId, String number, LocalDate on, Long trimId, String margin) {
        Long consultant = jdbc.queryForObject("select employee_id from app_user where username = 'consultant1'", Long.class);
        Map<String, Object> customer = jdbc.queryForMap("select id, store_id from customer where name = '王芳'");
        jdbc.update("insert into performance_sale (contract_id, contract_number, store_id, employee_id, customer_id,"
                + " delivered_on, trim_id, trim_label, payment_method, amount_due, vehicle_price, discount, discount_percent,"
                + " packages_total, insurance, financed_amount, vehicle_margin, packages_margin, insurance_commission,"
                + " finance_commission, gross_margin) values (?, ?, ?, ?, ?, ?, ?, ?, 'CASH', 200000, 205000, 5000, 2.4390,"
                + " 0, 0, 0, ?, 0, 0, 0, ?)", contractId, number, customer.get("store_id"), consultant, customer.get("id"),
                Date.valueOf(on), trimId, "配置 " + trimId, new java.math.BigDecimal(margin), new java.math.BigDecimal(margin));
    }

    private MockHttpServletRequestBuilder form(String user, MockHttpServletRequestBuilder request, String name, String kind) {
        return request.with(logins.as(user)).with(csrf()).param("name", name).param("kind", kind)
                .param("positionCode", "sales-consultant");
    }

    private String page(String user, String path, String language) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)).cookie(new Cookie("AUTOSALES_LANG", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
