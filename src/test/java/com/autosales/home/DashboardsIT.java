package com.autosales.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.Grade;
import com.autosales.customers.Lifecycle;
import com.autosales.org.OrgDirectory;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The home page shows each role its dashboard panels, with figures computed in the reader's data scope. */
@IntegrationTest
class DashboardsIT {

    private static final String CALLS = "panel-dashboard-calls-today";
    private static final String LEVELS = "panel-dashboard-leads-by-level";
    private static final String MY_MONTH = "panel-dashboard-my-month";
    private static final String COMMISSION = "panel-dashboard-my-commission";
    private static final String TRAFFIC = "panel-dashboard-traffic";
    private static final String TEAM = "panel-dashboard-team-attainment";
    private static final String OVERDUE = "panel-dashboard-overdue-follow-ups";
    private static final String STOCK_ALERT = "panel-dashboard-stock-age-alert";
    private static final String STORE_MONTH = "panel-dashboard-store-month";
    private static final String STOCK_BY_AGE = "panel-dashboard-stock-by-age";
    private static final String RECEIVABLES = "panel-dashboard-receivables";
    private static final String RANKING = "panel-dashboard-ranking";
    private static final String ARRIVALS = "panel-dashboard-arrivals";
    private static final String DELIVERIES = "panel-dashboard-deliveries-today";
    private static final String COLLECTIONS = "panel-dashboard-collections-today";
    private static final String LOANS = "panel-dashboard-loans-waiting";
    private static final List<String> ALL = List.of(CALLS, LEVELS, MY_MONTH, COMMISSION, TRAFFIC, TEAM, OVERDUE,
            STOCK_ALERT, STORE_MONTH, STOCK_BY_AGE, RECEIVABLES, RANKING, ARRIVALS, DELIVERIES, COLLECTIONS, LOANS);

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;
    @Autowired Clock clock;
    @Autowired OrgDirectory org;

    private String home(String username, String lang) throws Exception {
        var request = get("/").with(logins.as(username));
        if (lang != null) {
            request = request.param("lang", lang);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void assertPanels(String username, List<String> expected, String zhTitle, String enTitle) throws Exception {
        String zh = home(username, null);
        String en = home(username, "en");
        for (String page : List.of(zh, en)) {
            for (String panel : ALL) {
                assertThat(page.contains("id=\"" + panel + "\"")).as(username + " sees " + panel)
                        .isEqualTo(expected.contains(panel));
            }
        }
        assertThat(zh).contains(zhTitle);
        assertThat(en).contains(enTitle);
        // the store's day (Asia/Shanghai), also between 16:00 and 24:00 UTC when the server's day is still yesterday
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        assertThat(zh).contains(today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
        if (expected.contains(STOCK_BY_AGE) || expected.contains(LEVELS) || expected.contains(RECEIVABLES)) {
            assertThat(zh).contains("report-charts.js").contains("echarts.min.js").contains("data-chart=");
        }
    }

    @Test
    void eachRoleSeesItsOwnDashboardInBothLanguages() throws Exception {
        assertPanels("consultant1", List.of(CALLS, LEVELS, MY_MONTH, COMMISSION), "今日回访", "Calls today");
        assertPanels("salesmanager", List.of(TRAFFIC, TEAM, OVERDUE, STOCK_ALERT), "今日展厅客流",
                "Showroom traffic today");
        assertPanels("gm", List.of(STORE_MONTH, STOCK_BY_AGE, RECEIVABLES, RANKING), "库存（按库龄）", "Stock by age");
        assertPanels("finance", List.of(RECEIVABLES, COLLECTIONS, LOANS), "今日收款", "Collections today");
        assertPanels("clerk", List.of(ARRIVALS, DELIVERIES), "在途与到车", "In transit and arrivals");
        assertPanels("partsplanner", List.of(), "工作台", "Workbench");
    }

    @Test
    void aFollowUpDueTodayRaisesTheConsultantsCallsTodayAndNobodyElses() throws Exception {
        long mineBefore = dueToday("consultant1");
        long othersBefore = dueToday("consultant2");
        assertThat(figure(home("consultant1", null), CALLS, 0)).isEqualTo(mineBefore);
        assertThat(figure(home("consultant2", null), CALLS, 0)).isEqualTo(othersBefore);
        long openLevelH = openLeads("consultant1", "H");
        assertThat(chartValue(home("consultant1", null), LEVELS, "H")).isEqualTo(openLevelH);

        createLeadOfConsultant1("H"); // a new lead's first follow-up is due today

        assertThat(dueToday("consultant1")).isEqualTo(mineBefore + 1);
        assertThat(figure(home("consultant1", null), CALLS, 0)).isEqualTo(mineBefore + 1);
        assertThat(chartValue(home("consultant1", null), LEVELS, "H")).isEqualTo(openLevelH + 1);
        assertThat(figure(home("consultant2", null), CALLS, 0)).isEqualTo(othersBefore);
        String consultant2 = home("consultant2", null);
        for (String level : List.of("H", "A", "B", "C")) {
            assertThat(chartValue(consultant2, LEVELS, level)).as(level).isEqualTo(openLeads("consultant2", level));
        }
    }

    @Test
    void theManagersOldStockAlertCountsTheStoresVehiclesOverNinetyDays() throws Exception {
        Long unit = jdbc.queryForObject("select e.unit_id from app_user u join org_employee e on e.id = u.employee_id"
                + " where u.username = 'salesmanager'", Long.class);
        Long store = org.storeOf(unit).orElseThrow();
        long old = jdbc.queryForObject("select count(*) from stock_vehicle where store_id = ? and status in"
                + " ('IN_STOCK', 'RESERVED', 'DEMO') and arrival_date < ?", Long.class, store,
                LocalDate.now(clock).minusDays(90));
        String page = home("salesmanager", null);
        assertThat(figure(page, STOCK_ALERT, 0)).isEqualTo(old);
        assertThat(panel(page, STOCK_ALERT)).contains("/vehicles/stock?age=OVER_90");
    }

    private long dueToday(String username) {
        return jdbc.queryForObject("select count(*) from lead_follow_up f where f.owner_employee_id = ? and f.state = 'OPEN'"
                + " and f.due_date = ? and (f.purpose is not null or exists (select 1 from sales_lead l where l.id = f.lead_id"
                + " and l.status in ('OPEN', 'LOST_PENDING')))", Long.class, employeeOf(username), LocalDate.now(clock));
    }

    private long openLeads(String username, String level) {
        return jdbc.queryForObject("select count(*) from sales_lead where owner_employee_id = ? and status = 'OPEN'"
                + " and level = ?", Long.class, employeeOf(username), level);
    }

    private Long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    private void createLeadOfConsultant1(String level) throws Exception {
        Map<String, Object> demo = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = ?", "王芳");
        String name = "看板客户" + System.nanoTime() % 1_000_000;
        customers.registerFor((Long) demo.get("store_id"), (Long) demo.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.INDIVIDUAL, name,
                        "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), Lifecycle.NEW, Grade.B));
        Long customerId = jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
        mvc.perform(post("/leads").with(csrf()).with(logins.as("consultant1"))
                        .param("customerId", String.valueOf(customerId)).param("models", "途观L").param("budget", "200000")
                        .param("paymentIntent", "CASH").param("source", "WALK_IN").param("level", level))
                .andExpect(status().is3xxRedirection());
    }

    /** The HTML of one panel: from its id to the next panel (or the end of the grid). */
    private static String panel(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        int end = page.indexOf("dashboard-panel\"", start + 1);
        return page.substring(start, end > 0 ? end : page.length());
    }

    /** The n-th figure's value on a panel, as a number. */
    private static long figure(String page, String id, int n) {
        Matcher m = Pattern.compile("class=\"fw-semibold dashboard-figure\">([^<]*)<").matcher(panel(page, id));
        for (int i = 0; i <= n; i++) {
            assertThat(m.find()).as(id + " figure " + n).isTrue();
        }
        return Long.parseLong(m.group(1).trim());
    }

    /** A point's value in a panel's chart data (0 when the chart leaves the point out). */
    private static long chartValue(String page, String id, String label) {
        Matcher m = Pattern.compile("data-chart=\"([^\"]*)\"").matcher(panel(page, id));
        if (!m.find()) {
            return 0;
        }
        JsonNode chart = JsonMapper.builder().build().readTree(HtmlUtils.htmlUnescape(m.group(1)));
        for (int i = 0; i < chart.get("labels").size(); i++) {
            if (chart.get("labels").get(i).asString().equals(label)) {
                return chart.get("series").get(0).get("values").get(i).asLong();
            }
        }
        return 0;
    }
}
