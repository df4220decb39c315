package com.autosales.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.autosales.delivery.DeliveryFixtures;
import com.autosales.performance.Attainment;
import com.autosales.performance.PerformanceMetric;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A year's plan from creation to progress: the GM creates and decomposes it, submission is refused while anything is
 * unallocated, the sales manager finishes his department and submits, the GM approves it in the approvals inbox, the
 * approved version is locked and revised as version 2 while version 1 stays in force, and a delivery shows in the
 * consultant's attainment. Only this test plans the current year.
 */
@IntegrationTest
class SalesPlanIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired Attainment attainment;
    @Autowired DeliveryFixtures deliveries;

    private MvcResult call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        request.header("Authorization", "Bearer " + api.tokenFor(user)).header("Accept-Language", "zh-CN");
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn();
    }

    private JsonNode ok(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isBetween(200, 201);
        return ApiClient.json(result.getResponse().getContentAsString());
    }

    private JsonNode problem(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return ApiClient.json(result.getResponse().getContentAsString());
    }

    private Long employee(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    private Long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private static Long node(JsonNode plan, String kind, Long refId) {
        for (JsonNode row : plan.get("rows")) {
            if (row.get("kind").asString().equals(kind) && row.get("refId").asLong() == refId) {
                return row.get("nodeId").asLong();
            }
        }
        throw new AssertionError(kind + " " + refId + " not in the plan");
    }

    private static JsonNode months(JsonNode plan, Long nodeId, String metric) {
        for (JsonNode row : plan.get("rows")) {
            if (row.get("nodeId").asLong() == nodeId) {
                return row.get("targets").get(metric).get("months");
            }
        }
        throw new AssertionError("node " + nodeId);
    }

    private JsonNode setMonths(String user, JsonNode plan, Long nodeId, String metric, String months) throws Exception {
        return ok(call(user, put("/api/v1/sales-plans/" + plan.get("id").asLong() + "/nodes/" + nodeId + "/targets"),
                "{\"metric\":\"" + metric + "\",\"months\":" + months + ",\"version\":" + plan.get("version").asLong() + "}"));
    }

    private JsonNode evenSplit(String user, JsonNode plan, Long nodeId) throws Exception {
        return ok(call(user, post("/api/v1/sales-plans/" + plan.get("id").asLong() + "/nodes/" + nodeId + "/even-split"),
                "{\"version\":" + plan.get("version").asLong() + "}"));
    }

    /**
     * Other tests may add units and people under the sales department: they get no units (team 1 keeps its 6 for
     * consultant1), and every unit below the department splits what it has among its own children.
     */
    private JsonNode settleWhatOtherTestsAdded(JsonNode plan, Long sales, Long team1, Long consultant1) throws Exception {
        java.util.Set<Long> planned = new java.util.HashSet<>(java.util.List.of(team1, node(plan, "UNIT", unit("SH-PD-SALES-2")),
                node(plan, "EMPLOYEE", employee("salesmanager")), node(plan, "EMPLOYEE", employee("clerk"))));
        Long me = node(plan, "EMPLOYEE", consultant1);
        java.util.Set<Long> below = new java.util.HashSet<>(java.util.List.of(sales));
        java.util.List<Long> parents = new java.util.ArrayList<>();
        for (JsonNode row : plan.get("rows")) {
            JsonNode parentId = row.get("parentId");
            if (parentId == null || parentId.isNull() || !below.contains(parentId.asLong())) {
                continue;
            }
            Long nodeId = row.get("nodeId").asLong();
            below.add(nodeId);
            boolean extraInSales = parentId.asLong() == sales && !planned.contains(nodeId);
            boolean extraInTeam1 = parentId.asLong() == team1 && !nodeId.equals(me);
            if (extraInSales || extraInTeam1) {
                plan = setMonths("salesmanager", plan, nodeId, "DELIVERIES", twelve(0));
            }
            if (row.get("parent").asBoolean() && !nodeId.equals(team1) && !planned.contains(nodeId)) {
                parents.add(nodeId);
            }
        }
        plan = setMonths("salesmanager", plan, me, "DELIVERIES", twelve(6));
        for (Long parent : parents) {
            plan = evenSplit("salesmanager", plan, parent);
        }
        return plan;
    }

    private JsonNode plan(String user, Long id) throws Exception {
        return ok(call(user, get("/api/v1/sales-plans/" + id), null));
    }

    private static String twelve(int value) {
        return "[" + String.join(",", java.util.Collections.nCopies(12, String.valueOf(value))) + "]";
    }

    @Test
    void aPlanIsDecomposedApprovedLockedRevisedAndMeasured() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        int year = today.getYear();
        Long consultant1 = employee("consultant1");
        Long consultant2 = employee("consultant2");

        // the GM creates the plan and spreads the year over the months
        JsonNode plan = ok(call("gm", post("/api/v1/sales-plans"), "{\"year\":" + year + "}"));
        Long id = plan.get("id").asLong();
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("versionNo").asInt()).isEqualTo(1);
        problem(call("gm", post("/api/v1/sales-plans"), "{\"year\":" + year + "}"), 422);
        plan = ok(call("gm", post("/api/v1/sales-plans/" + id + "/split"),
                "{\"metric\":\"DELIVERIES\",\"annual\":120,\"mode\":\"EVEN\",\"version\":" + plan.get("version").asLong() + "}"));
        plan = ok(call("gm", post("/api/v1/sales-plans/" + id + "/split"),
                "{\"metric\":\"REVENUE\",\"annual\":12000000.05,\"mode\":\"SEASONAL\",\"version\":" + plan.get("version").asLong() + "}"));
        Long store = node(plan, "STORE", plan.get("storeId").asLong());
        assertThat(months(plan, store, "DELIVERIES").toString()).isEqualTo(twelve(10));
        JsonNode storeRevenue = months(plan, store, "REVENUE");
        BigDecimal revenue = BigDecimal.ZERO;
        for (JsonNode m : storeRevenue) {
            revenue = revenue.add(m.decimalValue());
        }
        assertThat(revenue).as("months add up to the year to the cent").isEqualByComparingTo("12000000.05");

        // a stale version is refused with nothing changed
        Long sales = node(plan, "UNIT", unit("SH-PD-SALES"));
        JsonNode stale = problem(call("gm", put("/api/v1/sales-plans/" + id + "/nodes/" + sales + "/targets"),
                "{\"metric\":\"DELIVERIES\",\"months\":" + twelve(10) + ",\"version\":0}"), 409);
        assertThat(stale.get("detail").asString()).contains("其他人修改");

        // the store's targets go to the sales department; its people still have nothing
        plan = setMonths("gm", plan, sales, "DELIVERIES", twelve(10));
        plan = setMonths("gm", plan, sales, "REVENUE", storeRevenue.toString());
        assertThat(months(plan, sales, "REVENUE")).isEqualTo(storeRevenue);
        JsonNode refused = problem(call("gm", post("/api/v1/sales-plans/" + id + "/submit"),
                "{\"version\":" + plan.get("version").asLong() + "}"), 422);
        assertThat(refused.get("code").asString()).isEqualTo("targets.unallocated");
        assertThat(refused.get("detail").asString()).contains("「销售部」1月", "交车", "未分配");

        // the sales manager decides his department: the teams 6 and 4 a month, the teams' people by the helper
        Long team1 = node(plan, "UNIT", unit("SH-PD-SALES-1"));
        Long team2 = node(plan, "UNIT", unit("SH-PD-SALES-2"));
        plan = evenSplit("salesmanager", plan("salesmanager", id), sales);
        plan = setMonths("salesmanager", plan, team1, "DELIVERIES", twelve(6));
        plan = setMonths("salesmanager", plan, team2, "DELIVERIES", twelve(4));
        plan = setMonths("salesmanager", plan, node(plan, "EMPLOYEE", employee("salesmanager")), "DELIVERIES", twelve(0));
        plan = setMonths("salesmanager", plan, node(plan, "EMPLOYEE", employee("clerk")), "DELIVERIES", twelve(0));
        problem(call("salesmanager", put("/api/v1/sales-plans/" + id + "/nodes/" + sales + "/targets"),
                "{\"metric\":\"DELIVERIES\",\"months\":" + twelve(20) + ",\"version\":" + plan.get("version").asLong() + "}"), 422);
        JsonNode stillOpen = problem(call("salesmanager", post("/api/v1/sales-plans/" + id + "/submit"),
                "{\"version\":" + plan.get("version").asLong() + "}"), 422);
        assertThat(stillOpen.get("detail").asString()).contains("销售一组");
        plan = evenSplit("salesmanager", plan, team1);
        plan = evenSplit("salesmanager", plan, team2);
        plan = settleWhatOtherTestsAdded(plan, sales, team1, consultant1);
        JsonNode ownPlan = problem(call("gm", post("/api/v1/sales-plans/" + id + "/submit"),
                "{\"version\":" + plan.get("version").asLong() + "}"), 422);
        assertThat(ownPlan.get("code").asString()).as("the GM cannot approve his own submission").isEqualTo("targets.no-approver");
        plan = ok(call("salesmanager", post("/api/v1/sales-plans/" + id + "/submit"), "{\"version\":" + plan.get("version").asLong() + "}"));
        assertThat(plan.get("status").asString()).isEqualTo("SUBMITTED");
        problem(call("gm", put("/api/v1/sales-plans/" + id + "/nodes/" + team1 + "/targets"),
                "{\"metric\":\"DELIVERIES\",\"months\":" + twelve(7) + ",\"version\":" + plan.get("version").asLong() + "}"), 422);

        // the GM approves it in his approvals inbox
        approveAsGm(id);
        await().atMost(Duration.ofSeconds(15)).until(() -> "APPROVED".equals(plan("gm", id).get("status").asString()));
        plan = plan("gm", id);
        JsonNode locked = problem(call("gm", put("/api/v1/sales-plans/" + id + "/nodes/" + team1 + "/targets"),
                "{\"metric\":\"DELIVERIES\",\"months\":" + twelve(7) + ",\"version\":" + plan.get("version").asLong() + "}"), 422);
        assertThat(locked.get("code").asString()).isEqualTo("targets.locked");

        YearMonth month = YearMonth.from(today);
        Attainment.Result before = attainment.ofEmployee(consultant1, PerformanceMetric.DELIVERIES, month.atDay(1), month.atEndOfMonth());
        assertThat(before.target()).isEqualByComparingTo("6");

        // revising makes version 2 a draft; version 1 stays in force until it is approved
        JsonNode revision = ok(call("gm", post("/api/v1/sales-plans/" + id + "/revise"), "{\"version\":" + plan.get("version").asLong() + "}"));
        assertThat(revision.get("versionNo").asInt()).isEqualTo(2);
        assertThat(revision.get("status").asString()).isEqualTo("DRAFT");
        Long c1InRevision = node(revision, "EMPLOYEE", consultant1);
        assertThat(months(revision, c1InRevision, "DELIVERIES").toString()).as("copied").isEqualTo(twelve(6));
        revision = setMonths("gm", revision, c1InRevision, "DELIVERIES", twelve(9));
        revision = setMonths("gm", revision, node(revision, "UNIT", unit("SH-PD-SALES-1")), "DELIVERIES", twelve(9));
        revision = setMonths("gm", revision, node(revision, "UNIT", unit("SH-PD-SALES-2")), "DELIVERIES", twelve(1));
        revision = setMonths("gm", revision, node(revision, "EMPLOYEE", consultant2), "DELIVERIES", twelve(1));
        assertThat(plan("gm", id).get("status").asString()).isEqualTo("APPROVED");
        problem(call("gm", post("/api/v1/sales-plans/" + id + "/revise"), "{\"version\":" + plan.get("version").asLong() + "}"), 422);
        assertThat(attainment.ofEmployee(consultant1, PerformanceMetric.DELIVERIES, month.atDay(1), month.atEndOfMonth())
                .target()).as("still version 1").isEqualByComparingTo("6");

        // a delivery counts against the target
        deliveries.delivered();
        await().atMost(Duration.ofSeconds(20)).until(() -> attainment.ofEmployee(consultant1, PerformanceMetric.DELIVERIES,
                month.atDay(1), month.atEndOfMonth()).actual().compareTo(before.actual().add(BigDecimal.ONE)) == 0);
        Attainment.Result after = attainment.ofEmployee(consultant1, PerformanceMetric.DELIVERIES, month.atDay(1), month.atEndOfMonth());
        assertThat(after.percent()).isEqualByComparingTo(after.actual().multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal("6"), 1, java.math.RoundingMode.HALF_UP));
        JsonNode progress = ok(call("salesmanager", get("/api/v1/sales-plans/" + id + "/progress?metric=DELIVERIES&month="
                + month.getMonthValue()), null));
        JsonNode myRow = null;
        for (JsonNode row : progress.get("rows")) {
            if (row.get("nodeId").asLong() == node(plan, "EMPLOYEE", consultant1)) {
                myRow = row;
            }
        }
        assertThat(myRow).isNotNull();
        assertThat(myRow.get("month").get("target").decimalValue()).isEqualByComparingTo("6");
        assertThat(myRow.get("month").get("actual").decimalValue()).isEqualByComparingTo(after.actual());
        assertThat(myRow.get("yearToDate").get("target").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(6L * month.getMonthValue()));

        // the consultant's workbench shows the month against the target; the GM (no personal target) sees no such card
        String home = mvc.perform(get("/").with(logins.as("consultant1")).cookie(new Cookie("AUTOSALES_LANG", "zh-CN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("本月交车 / 目标", after.actual().stripTrailingZeros().toPlainString() + " / 6", "今日交车");
        String gmHome = mvc.perform(get("/").with(logins.as("gm")).cookie(new Cookie("AUTOSALES_LANG", "zh-CN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(gmHome).doesNotContain("本月交车 / 目标");

        // returned with a comment, version 2 is a draft again
        revision = ok(call("salesmanager", post("/api/v1/sales-plans/" + revision.get("id").asLong() + "/submit"),
                "{\"version\":" + revision.get("version").asLong() + "}"));
        Long revisionId = revision.get("id").asLong();
        ok(call("gm", post("/api/v1/sales-plans/" + revisionId + "/decision"), "{\"decision\":\"RETURN\",\"comment\":\"一组目标偏高\"}"));
        await().atMost(Duration.ofSeconds(15)).until(() -> "DRAFT".equals(plan("gm", revisionId).get("status").asString()));
        assertThat(plan("gm", revisionId).get("returnComment").asString()).isEqualTo("一组目标偏高");
        assertThat(plan("gm", id).get("status").asString()).isEqualTo("APPROVED");

        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'sales-plan' and entity_id = ?",
                String.class, String.valueOf(id))).contains("CREATE", "SPLIT_YEAR", "SET_MONTHS", "SPLIT_CHILDREN", "SUBMIT", "APPROVE");
        assertConsultant2SeesOnlyHimself(id, consultant1, consultant2);
    }

    private void approveAsGm(Long planId) throws Exception {
        JsonNode inbox = ok(call("gm", get("/api/v1/approvals?box=WAITING&size=100"), null));
        JsonNode mine = null;
        for (JsonNode item : inbox.get("items")) {
            if (item.get("recordType").asString().equals("sales-plan") && item.get("recordId").asLong() == planId) {
                mine = item;
            }
        }
        assertThat(mine).as("the plan waits in the GM's inbox").isNotNull();
        ok(call("gm", post("/api/v1/approvals/" + mine.get("id").asLong() + "/decision"),
                "{\"decision\":\"APPROVE\",\"comment\":\"同意\",\"version\":" + mine.get("version").asLong() + "}"));
    }

    private void assertConsultant2SeesOnlyHimself(Long planId, Long consultant1, Long consultant2) throws Exception {
        JsonNode seen = plan("consultant2", planId);
        assertThat(seen.get("rows")).hasSize(1);
        assertThat(seen.get("rows").get(0).get("refId").asLong()).isEqualTo(consultant2);
        Long c1Node = node(plan("gm", planId), "EMPLOYEE", consultant1);
        for (String path : new String[] {"/api/v1/sales-plans/" + planId, "/api/v1/sales-plans/" + planId + "/progress",
                "/api/v1/sales-plans/" + planId + "/progress?node=" + c1Node}) {
            String body = call("consultant2", get(path), null).getResponse().getContentAsString();
            assertThat(body).as(path).doesNotContain("张伟").doesNotContain("\"refId\":" + consultant1);
        }
        JsonNode progress = ok(call("consultant2", get("/api/v1/sales-plans/" + planId + "/progress?node=" + c1Node), null));
        assertThat(progress.get("rows")).hasSize(1);
        assertThat(progress.get("chartNodeId").asLong()).isNotEqualTo(c1Node);
        assertThat(call("consultant2", put("/api/v1/sales-plans/" + planId + "/nodes/" + c1Node + "/targets"),
                "{\"metric\":\"DELIVERIES\",\"months\":" + twelve(0) + ",\"version\":0}").getResponse().getStatus()).isEqualTo(403);
    }
}
