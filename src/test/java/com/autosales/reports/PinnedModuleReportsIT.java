package com.autosales.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The funnel and the target attainment of a month nobody else uses (March and April 2015 in the demo store), every
 * figure worked out by hand below.
 */
@IntegrationTest
class PinnedModuleReportsIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;

    private JsonNode report(String user, String path) throws Exception {
        return ApiClient.json(mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static JsonNode section(JsonNode report, String id) {
        for (JsonNode s : report.get("sections")) {
            if (s.get("id").asString().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no section " + id);
    }

    private static String cell(JsonNode row, int i) {
        JsonNode c = row.get("cells").get(i);
        return c.isNull() ? null : c.isNumber() ? c.decimalValue().stripTrailingZeros().toPlainString() : c.asString();
    }

    private void funnel(SalesReportFixtures f, String stage, long id, Long consultant, int day) {
        f.funnel(stage, "pinned-2015", id, consultant, "WALK_IN", LocalDateTime.of(2015, 3, day, 10, 0));
    }

    @Test
    void theFunnelOfMarch2015CountsEachStageAndItsConversion() throws Exception {
        SalesReportFixtures f = new SalesReportFixtures(jdbc);
        Long c1 = f.employee("consultant1");
        Long c2 = f.employee("consultant2");
        long id = 915_000;
        // consultant1: 4 visits, 3 leads, 2 test drives, 2 quotes, 1 order, 1 delivery; consultant2: 2 visits, 1 lead
        for (int i = 0; i < 4; i++) {
            funnel(f, "VISIT", id++, c1, 2 + i);
        }
        for (int i = 0; i < 3; i++) {
            funnel(f, "LEAD", id++, c1, 3 + i);
        }
        funnel(f, "TEST_DRIVE", id++, c1, 10);
        funnel(f, "TEST_DRIVE", id++, c1, 11);
        funnel(f, "QUOTE", id++, c1, 12);
        funnel(f, "QUOTE", id++, c1, 13);
        funnel(f, "ORDER", id++, c1, 20);
        funnel(f, "DELIVERY", id++, c1, 31);
        funnel(f, "VISIT", id++, c2, 5);
        funnel(f, "VISIT", id++, c2, 6);
        funnel(f, "LEAD", id, c2, 6);

        JsonNode gm = report("gm", "/api/v1/reports/funnel-conversion?period=MONTH&date=2015-03-15");
        JsonNode stages = section(gm, "stages").get("rows");
        // count, from the previous stage, from visits: 6; 4 (4/6 = 66.7 %); 2 (2/4 = 50.0 %, 2/6 = 33.3 %);
        // 2 (100.0 %, 33.3 %); 1 (50.0 %, 16.7 %); 1 (100.0 %, 16.7 %)
        String[][] expected = {{"6", null, null}, {"4", "66.7", "66.7"}, {"2", "50", "33.3"}, {"2", "100", "33.3"},
            {"1", "50", "16.7"}, {"1", "100", "16.7"}};
        for (int i = 0; i < expected.length; i++) {
            JsonNode row = stages.get(i);
            assertThat(cell(row, 1)).as("count of stage %d", i).isEqualTo(expected[i][0]);
            assertThat(cell(row, 2)).as("from previous of stage %d", i).isEqualTo(expected[i][1]);
            assertThat(cell(row, 3)).as("from visits of stage %d", i).isEqualTo(expected[i][2]);
        }
        // consultant1 alone: visit → delivery 1 / 4 = 25.0 %
        JsonNode mine = report("consultant1", "/api/v1/reports/funnel-conversion?period=MONTH&date=2015-03-15");
        JsonNode rows = section(mine, "consultants").get("rows");
        assertThat(rows).hasSize(1);
        assertThat(cell(rows.get(0), 0)).isEqualTo("张伟");
        assertThat(cell(rows.get(0), 1)).isEqualTo("4");
        assertThat(cell(rows.get(0), 7)).isEqualTo("25");
    }

    @Test
    void theAttainmentOfApril2015PutsTheFactsAgainstTheApprovedPlan() throws Exception {
        SalesReportFixtures f = new SalesReportFixtures(jdbc);
        Long c1 = f.employee("consultant1");
        Long c2 = f.employee("consultant2");
        LocalDate day = LocalDate.of(2015, 4, 10);
        // consultant1 delivers 3 cars for 100,000 + 120,000 + 80,000; consultant2 one for 150,000
        long source = 925_000;
        for (String amount : new String[] {"100000", "120000", "80000"}) {
            f.fact("DELIVERIES", c1, day, "1", "0", "pinned-2015", source);
            f.fact("REVENUE", c1, day, "1", amount, "pinned-2015", source++);
        }
        f.fact("DELIVERIES", c2, day, "1", "0", "pinned-2015", source);
        f.fact("REVENUE", c2, day, "1", "150000", "pinned-2015", source);
        Map<Object, Map<String, Integer>> plan = new LinkedHashMap<>();
        plan.put("STORE", Map.of("DELIVERIES", 5, "REVENUE", 500_000));
        plan.put(c1, Map.of("DELIVERIES", 4, "REVENUE", 360_000));
        plan.put(c2, Map.of("DELIVERIES", 1, "REVENUE", 140_000));
        f.approvedPlan(2015, 4, plan);

        JsonNode gm = report("gm", "/api/v1/reports/target-attainment?period=MONTH&date=2015-04-01");
        JsonNode store = section(gm, "stores").get("rows").get(0);
        // the store: 4 of 5 deliveries = 80.0 %, 450,000 of 500,000 = 90.0 %
        assertThat(cell(store, 1)).isEqualTo("4");
        assertThat(cell(store, 2)).isEqualTo("5");
        assertThat(cell(store, 3)).isEqualTo("80");
        assertThat(cell(store, 7)).isEqualTo("450000");
        assertThat(cell(store, 8)).isEqualTo("500000");
        assertThat(cell(store, 9)).isEqualTo("90");
        // consultant1: 3 of 4 = 75.0 %, 300,000 of 360,000 = 83.3 %; consultant2: 1 of 1 = 100.0 %, 150,000 of 140,000 = 107.1 %
        JsonNode people = section(gm, "people");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        people.get("rows").forEach(r -> byName.put(cell(r, 0), r));
        assertThat(cell(byName.get("张伟"), 3)).isEqualTo("75");
        assertThat(cell(byName.get("张伟"), 9)).isEqualTo("83.3");
        assertThat(cell(byName.get("刘洋"), 3)).isEqualTo("100");
        assertThat(cell(byName.get("刘洋"), 9)).isEqualTo("107.1");

        JsonNode mine = report("consultant2", "/api/v1/reports/target-attainment?period=MONTH&date=2015-04-01");
        assertThat(mine.get("sections")).hasSize(1);
        JsonNode rows = section(mine, "people").get("rows");
        assertThat(rows).hasSize(1);
        assertThat(cell(rows.get(0), 0)).isEqualTo("刘洋");
        assertThat(cell(rows.get(0), 7)).isEqualTo("150000");
    }
}
