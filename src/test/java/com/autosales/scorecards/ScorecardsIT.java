package com.autosales.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.autosales.delivery.DeliveryFixtures;
import com.autosales.performance.PerformanceMetric;
import com.autosales.performance.PerformanceQueries;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A month's scorecard from template to acknowledgement over the API — a real delivery by consultant1 counted, the
 * manager's scores, submit, the employee's 确认 — and the leaderboard, best consultant, a contest and the wallboard.
 */
@IntegrationTest
class ScorecardsIT {

    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai"));

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeliveryFixtures deliveries;
    @Autowired PerformanceQueries facts;
    @Autowired com.autosales.performance.Attainment attainment;

    private MockHttpServletResponse call(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + api.tokenFor(user))
                .contentType(MediaType.APPLICATION_JSON).content(json == null ? "{}" : json)).andReturn().getResponse();
    }

    private JsonNode ok(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return ApiClient.json(response.getContentAsString());
    }

    private Long employee(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    private static JsonNode line(JsonNode evaluation, String indicator) {
        for (JsonNode l : evaluation.get("lines")) {
            if (l.get("indicator").asString().equals(indicator)) {
                return l;
            }
        }
        throw new AssertionError("no line " + indicator);
    }

    private static String template(int deliveriesWeight, int teamworkWeight) {
        return "{\"name\":\"销售顾问月度考核\",\"lines\":["
                + "{\"indicator\":\"DELIVERIES\",\"weight\":" + deliveriesWeight + ",\"target\":4,\"rule\":\"LINEAR_TO_CAP\",\"cap\":120},"
                + "{\"indicator\":\"TARGET_ATTAINMENT\",\"weight\":10,\"target\":100,\"rule\":\"THRESHOLDS\","
                + "\"thresholds\":[{\"from\":100,\"score\":100},{\"from\":80,\"score\":80}]},"
                + "{\"indicator\":\"TEAMWORK\",\"weight\":" + teamworkWeight + "},{\"indicator\":\"TRAINING\",\"weight\":10}]}";
    }

    @Test
    void aMonthsScorecardFromTemplateToAcknowledgementAndTheLeaderboard() throws Exception {
        MockHttpServletResponse refused = call("salesmanager", put("/api/v1/scorecards/templates/sales-consultant"), template(60, 10));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("scorecards.weights-not-100", "90");
        assertThat(call("consultant1", put("/api/v1/scorecards/templates/sales-consultant"), template(60, 20)).getStatus())
                .as("consultants do not edit templates").isEqualTo(403);
        JsonNode saved = ok(call("salesmanager", put("/api/v1/scorecards/templates/sales-consultant"), template(60, 20)));
        int templateVersion = saved.get("versionNo").asInt();

        Long consultant1 = employee("consultant1");
        BigDecimal before = facts.ofEmployees(List.of(consultant1), MONTH.atDay(1), MONTH.atEndOfMonth())
                .get(PerformanceMetric.DELIVERIES).quantity();
        deliveries.delivered();
        await().atMost(Duration.ofSeconds(20)).until(() -> facts.ofEmployees(List.of(consultant1), MONTH.atDay(1),
                MONTH.atEndOfMonth()).get(PerformanceMetric.DELIVERIES).quantity().compareTo(before) > 0);
        BigDecimal units = facts.ofEmployees(List.of(consultant1), MONTH.atDay(1), MONTH.atEndOfMonth())
                .get(PerformanceMetric.DELIVERIES).quantity();

        JsonNode generated = ok(call("salesmanager", post("/api/v1/scorecards/evaluations"), "{\"period\":\"" + MONTH + "\"}"));
        JsonNode mine = null;
        for (JsonNode e : generated) {
            if (e.get("employeeId").asLong() == consultant1) {
                mine = e;
            }
        }
        assertThat(mine).as("consultant1's scorecard generated").isNotNull();
        Long id = mine.get("id").asLong();
        assertThat(mine.get("status").asString()).isEqualTo("DRAFT");
        assertThat(new BigDecimal(line(mine, "DELIVERIES").get("value").asString())).isEqualByComparingTo(units);
        // the attainment is the plans' (another test may have approved this year's plan): none without a target
        BigDecimal attainment = this.attainment.ofEmployee(consultant1, PerformanceMetric.DELIVERIES, MONTH.atDay(1),
                MONTH.atEndOfMonth()).percent();
        JsonNode attainmentValue = line(mine, "TARGET_ATTAINMENT").get("value");
        if (attainment == null) {
            assertThat(attainmentValue.isNull()).as("no target plan: no target").isTrue();
        } else {
            assertThat(new BigDecimal(attainmentValue.asString())).isEqualByComparingTo(attainment);
        }

        MockHttpServletResponse early = call("salesmanager", post("/api/v1/scorecards/evaluations/" + id + "/submit"), null);
        assertThat(early.getStatus()).isEqualTo(422);
        assertThat(early.getContentAsString()).contains("scorecards.manual-missing", "团队协作");

        JsonNode scored = ok(call("salesmanager", put("/api/v1/scorecards/evaluations/" + id + "/manual"),
                "{\"scores\":{\"TEAMWORK\":90,\"TRAINING\":80},\"comment\":\"交车流程规范，继续保持\"}"));
        assertThat(new BigDecimal(line(scored, "TEAMWORK").get("score").asString())).isEqualByComparingTo("90");
        BigDecimal deliveriesScore = new BigDecimal(line(scored, "DELIVERIES").get("score").asString());
        JsonNode attainmentScore = line(scored, "TARGET_ATTAINMENT").get("score");
        BigDecimal attainmentPoints = attainmentScore == null || attainmentScore.isNull() ? BigDecimal.ZERO
                : new BigDecimal(attainmentScore.asString());
        // deliveries × 60 % + attainment × 10 % (0 without a target) + 90 × 20 % + 80 × 10 %
        assertThat(new BigDecimal(scored.get("total").asString())).isEqualByComparingTo(deliveriesScore
                .multiply(new BigDecimal("0.6")).add(attainmentPoints.multiply(new BigDecimal("0.1")))
                .add(new BigDecimal("26")).setScale(1, java.math.RoundingMode.HALF_UP));
        JsonNode submitted = ok(call("salesmanager", post("/api/v1/scorecards/evaluations/" + id + "/submit"),
                "{\"version\":" + scored.get("version").asLong() + "}"));
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(call("salesmanager", put("/api/v1/scorecards/evaluations/" + id + "/manual"),
                "{\"scores\":{\"TEAMWORK\":10}}").getStatus()).as("a submitted scorecard is frozen").isEqualTo(422);

        assertThat(call("consultant2", get("/api/v1/scorecards/evaluations/" + id), null).getStatus()).isEqualTo(404);
        assertThat(call("consultant2", post("/api/v1/scorecards/evaluations/" + id + "/acknowledge"), null).getStatus())
                .isEqualTo(404);
        assertThat(call("salesmanager", post("/api/v1/scorecards/evaluations/" + id + "/acknowledge"), null)
                .getContentAsString()).contains("scorecards.only-employee");
        JsonNode acknowledged = ok(call("consultant1", post("/api/v1/scorecards/evaluations/" + id + "/acknowledge"),
                "{\"comment\":\"收到，下月争取更多交车\"}"));
        assertThat(acknowledged.get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.get("employeeComment").asString()).isEqualTo("收到，下月争取更多交车");
        assertThat(ok(call("consultant1", get("/api/v1/scorecards/evaluations?employee=" + consultant1), null))
                .get("items").findValuesAsString("period")).contains(MONTH.toString());

        JsonNode nextVersion = ok(call("gm", put("/api/v1/scorecards/templates/sales-consultant"), template(50, 30)));
        assertThat(nextVersion.get("versionNo").asInt()).as("used by a finished scorecard: a new version")
                .isEqualTo(templateVersion + 1);
        JsonNode kept = ok(call("consultant1", get("/api/v1/scorecards/evaluations/" + id), null));
        assertThat(kept.get("templateVersionNo").asInt()).isEqualTo(templateVersion);
        assertThat(line(kept, "DELIVERIES").get("weight").asInt()).isEqualTo(60);

        JsonNode board = ok(call("consultant1", get("/api/v1/rankings?month=" + MONTH), null));
        JsonNode row = null;
        for (JsonNode r : board.get("rows")) {
            if (r.get("employeeId").asLong() == consultant1) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("name").asString()).isEqualTo("张伟");
        assertThat(new BigDecimal(row.get("units").asString())).isEqualByComparingTo(units);
        assertThat(row.get("margin").isNull()).as("consultants do not see margin").isTrue();
        assertThat(call("consultant1", get("/api/v1/rankings?metric=GROSS_MARGIN"), null).getStatus()).isEqualTo(422);
        assertThat(ok(call("salesmanager", get("/api/v1/rankings?metric=GROSS_MARGIN&month=" + MONTH), null))
                .get("marginVisible").asBoolean()).isTrue();
        JsonNode best = ok(call("consultant2", get("/api/v1/rankings/best-consultant?month=" + MONTH), null));
        assertThat(best.get("best").get("name").asString()).isEqualTo("张伟");
        assertThat(best.get("best").get("basis").asString()).isEqualTo("SCORECARD");
        assertThat(best.get("rule").asString()).startsWith("评选规则");

        Long team1 = jdbc.queryForObject("select id from org_unit where code = 'SH-PD-SALES-1'", Long.class);
        Long team2 = jdbc.queryForObject("select id from org_unit where code = 'SH-PD-SALES-2'", Long.class);
        String contest = "{\"name\":\"冬季冲量赛\",\"from\":\"" + MONTH.atDay(1) + "\",\"to\":\"" + MONTH.atEndOfMonth()
                + "\",\"metric\":\"DELIVERIES\",\"prize\":\"冠军组聚餐\",\"participantKind\":\"UNITS\",\"participants\":[" + team1;
        assertThat(call("salesmanager", post("/api/v1/rankings/contests"), contest + "]}").getContentAsString())
                .contains("scorecards.contest.participants-required");
        JsonNode created = ok(call("salesmanager", post("/api/v1/rankings/contests"), contest + "," + team2 + "]}"));
        JsonNode leader = created.get("standings").get(0);
        assertThat(leader.get("participantId").asLong()).as("team 1 with consultant1's deliveries leads").isEqualTo(team1);
        assertThat(new BigDecimal(leader.get("value").asString())).isGreaterThanOrEqualTo(units);

        String wallboard = mvc.perform(get("/rankings/wallboard").with(logins.as("consultant1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(wallboard).contains("hx-trigger=\"every 60s\"", "张伟", "冬季冲量赛").doesNotContain("id=\"sidebar\"");
        assertThat(mvc.perform(get("/rankings/wallboard/board").with(logins.as("consultant1"))).andReturn().getResponse()
                .getContentAsString()).contains("张伟").doesNotContain("<html");
    }
}
