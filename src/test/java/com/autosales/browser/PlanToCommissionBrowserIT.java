package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.autosales.delivery.DeliveryFixtures;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10's journey: the GM drafts next year's plan and allocates it, the sales manager submits it, the GM approves it;
 * the sales manager scores consultant2's month, who acknowledges it; the sales manager calculates the month's commission,
 * adjusts it with a reason, submits it, and the GM approves the statement.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanToCommissionBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired DeliveryFixtures deliveries;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port, Browser.DESKTOP);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private JsonNode call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        String text = mvc.perform(request.header("Authorization", "Bearer " + api.tokenFor(user))
                .contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body)).andReturn()
                .getResponse().getContentAsString();
        return text.isBlank() ? null : ApiClient.json(text);
    }

    private Long employee(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    /** The allocation down the tree, over the API: every unit splits its targets evenly among its children. */
    private void allocateDownToThePeople(Long planId) throws Exception {
        JsonNode plan = call("gm", get("/api/v1/sales-plans/" + planId), null);
        java.util.List<Long> parents = new java.util.ArrayList<>();
        for (JsonNode row : plan.get("rows")) {
            if (row.get("parent").asBoolean()) {
                parents.add(row.get("nodeId").asLong());
            }
        }
        for (Long parent : parents) {
            plan = call("gm", post("/api/v1/sales-plans/" + planId + "/nodes/" + parent + "/even-split"),
                    "{\"version\":" + plan.get("version").asLong() + "}");
        }
    }

    @Test
    void aManagerGoesFromThePlanToAnApprovedScorecardAndCommissionStatement() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        YearMonth month = YearMonth.from(today);
        Long consultant2 = employee("consultant2");
        Long deliveryId = deliveries.deliveredBy("consultant2");
        Long contractId = jdbc.queryForObject("select contract_id from delivery where id = ?", Long.class, deliveryId);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from performance_sale where contract_id = ?", Integer.class, contractId) == 1);
        call("salesmanager", put("/api/v1/scorecards/templates/sales-consultant"), "{\"name\":\"销售顾问月度考核\",\"lines\":["
                + "{\"indicator\":\"DELIVERIES\",\"weight\":60,\"target\":4,\"rule\":\"LINEAR_TO_CAP\",\"cap\":120},"
                + "{\"indicator\":\"TEAMWORK\",\"weight\":20},{\"indicator\":\"TRAINING\",\"weight\":20}]}");
        call("gm", post("/api/v1/commission-rules"), "{\"name\":\"每台交车提成\",\"positionCode\":\"sales-consultant\","
                + "\"kind\":\"PER_UNIT\",\"amount\":600,\"validFrom\":\"" + month.atDay(1) + "\"}");

        // the GM drafts next year's plan and spreads the year's units over the months
        browser.logInAs("gm");
        browser.open("/sales-plans/new");
        int year = today.getYear() + 1;
        browser.type("#plan-year", String.valueOf(year));
        browser.clickCentered("#new-plan-form button[type='submit']");
        browser.waitForUrlContaining("/sales-plans/");
        Long planId = Long.valueOf(browser.url().replaceAll(".*/sales-plans/(\\d+).*", "$1"));
        browser.type("#annual", "240");
        browser.clickCentered("#year-split button[type='submit']");
        browser.waitForText("#plan-grid", "20");
        browser.screenshot("plan-draft-zh.png");

        // the year goes down the tree; the sales manager submits the plan and the GM approves it
        allocateDownToThePeople(planId);
        browser.logInAs("salesmanager");
        browser.open("/sales-plans/" + planId);
        browser.clickCentered("#submit-plan");
        browser.waitForText("#plan-status", "审批中");
        browser.logInAs("gm");
        browser.open("/sales-plans/" + planId);
        browser.clickCentered("#decision-form button[value='APPROVE']");
        browser.waitUntil("the plan approved", () -> {
            browser.open("/sales-plans/" + planId);
            return browser.text("#plan-status").contains("已批准");
        });

        // the sales manager scores consultant2's month; consultant2 acknowledges it
        browser.logInAs("salesmanager");
        browser.open("/scorecards");
        browser.type("#generate-period", month.toString());
        browser.clickCentered("#generate-form button[type='submit']");
        browser.screenshot("scorecards-generated-zh.png");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("select count(*) from scorecard_evaluation"
                + " where employee_id = ? and period_kind = 'MONTH' and period_from = ?", Integer.class, consultant2,
                month.atDay(1)) == 1);
        Long evaluationId = jdbc.queryForObject("select id from scorecard_evaluation where employee_id = ?"
                + " and period_kind = 'MONTH' and period_from = ?", Long.class, consultant2, month.atDay(1));
        browser.open("/scorecards/" + evaluationId);
        browser.type("#score-TEAMWORK", "90");
        browser.type("#score-TRAINING", "80");
        browser.type("#comment", "交车流程规范，继续保持");
        browser.clickCentered("#manual-form button[type='submit']");
        browser.waitForText("#evaluation-total", ".");
        browser.clickCentered("#submit-evaluation");
        browser.waitForText("#evaluation-status", "已提交");
        browser.logInAs("consultant2");
        browser.open("/scorecards/" + evaluationId);
        browser.type("#ack-comment", "收到");
        browser.clickCentered("#acknowledge-form button[type='submit']");
        browser.waitForText("#evaluation-status", "已确认");

        // the sales manager calculates the month's commission, adjusts and submits; the GM approves the statement
        browser.logInAs("salesmanager");
        browser.open("/commission-statements?month=" + month);
        browser.clickCentered("#generate");
        browser.waitUntil("the calculation", () -> browser.present("#generation-result"));
        Long statementId = jdbc.queryForObject("select id from commission_statement where employee_id = ? and period_start = ?",
                Long.class, consultant2, month.atDay(1));
        browser.open("/commission-statements/" + statementId);
        browser.waitForText("#statement-lines", jdbc.queryForObject("select number from sales_contract where id = ?",
                String.class, contractId));
        browser.type("#adj-amount", "200");
        browser.type("#adj-reason", "周末车展加班");
        browser.clickCentered("#add-adjustment");
        browser.waitForText("#statement-lines", "周末车展加班");
        browser.clickCentered("#submit");
        browser.waitForText("#statement-status", "待总经理审批");
        browser.logInAs("gm");
        browser.open("/commission-statements/" + statementId);
        browser.clickCentered("#decision-form button[value='APPROVE']");
        browser.waitUntil("the statement approved", () -> {
            browser.open("/commission-statements/" + statementId);
            return browser.text("#statement-status").contains("已审批");
        });
        browser.screenshot("commission-approved-zh.png");

        BigDecimal lines = jdbc.queryForObject("select sum(amount) from commission_line where statement_id = ?",
                BigDecimal.class, statementId);
        assertThat(browser.text("#statement-total")).contains(String.format("%,.2f", lines));
        assertThat(jdbc.queryForObject("select status from sales_plan where id = ?", String.class, planId)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select status from scorecard_evaluation where id = ?", String.class, evaluationId))
                .isEqualTo("ACKNOWLEDGED");

        browser.open("/sales-plans/" + planId + "/progress");
        browser.waitUntil("the progress table", () -> browser.present("#progress-table"));
        browser.screenshot("plan-progress-zh.png");
        browser.open("/scorecards/" + evaluationId);
        browser.screenshot("scorecard-acknowledged-zh.png");
        browser.open("/rankings");
        browser.waitForText("#main", "最佳销售代表");
        browser.screenshot("ranking-zh.png");
        browser.open("/rankings/wallboard");
        browser.screenshot("wallboard-zh.png");

        browser.resize(Browser.PHONE);
        browser.open("/commission-statements/" + statementId + "?lang=en");
        browser.waitForText("#statement-status", "Approved");
        browser.screenshot("commission-approved-phone-en.png");
        browser.deleteCookie("AUTOSALES_LANG");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
