package com.autosales.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.shared.Vin;
import com.autosales.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 周库存报表 of a store of its own: its stock by status, its stock age, the week's documents, today and as it stood
 * yesterday. The store holds x1 (in stock 40 days), x2 (demo car, arrived 95 days ago), x3 (arrived today, reserved),
 * x4 (ordered), x5 (in transit), x6 (sold and delivered today), x7 (sold today, not delivered).
 */
@IntegrationTest
class StockReportIT extends StockBookTestSupport {

    @BeforeAll
    void aStoreWithACarInEveryStatus() {
        Long store = secondStore();
        fixtures.receive(store, model, today.minusDays(40), 160_000);
        Vin x2 = fixtures.receive(store, model, today.minusDays(95), 161_000);
        setup.move(x2, StockStatus.DEMO, "SJ-" + fixtures.tag, null, today.minusDays(50));
        Vin x3 = fixtures.receive(store, model, today, 162_000);
        setup.reserve(x3, "HT-X3-" + fixtures.tag);
        fixtures.receive(store, model, null, 163_000, StockStatus.ORDERED);
        fixtures.receive(store, model, null, 164_000, StockStatus.IN_TRANSIT);
        Vin x6 = fixtures.receive(store, model, today.minusDays(20), 165_000);
        fixtures.sellAndDeliver(x6, today);
        Vin x7 = fixtures.receive(store, model, today.minusDays(10), 166_000);
        setup.reserve(x7, "HT-X7-" + fixtures.tag);
        setup.move(x7, StockStatus.SOLD, "HT-X7-" + fixtures.tag, null);
    }

    private JsonNode report(Map<String, String> params) throws Exception {
        return api.report(fixtures.secondClerk(), params);
    }

    @Test
    void todaysReportCountsEveryStatusOfTheModelAndColour() throws Exception {
        JsonNode report = report(Map.of());
        assertThat(report.get("stock")).hasSize(1);
        JsonNode line = report.get("stock").get(0);
        assertThat(line.get("colour").asString()).isEqualTo(StockBookFixtures.EXTERIOR);
        assertThat(line.get("counts").toString()).isEqualTo(
                "{\"ORDERED\":1,\"IN_TRANSIT\":1,\"IN_STOCK\":1,\"RESERVED\":1,\"SOLD\":1,\"DEMO\":1}");
        assertThat(line.get("standing").asLong()).isEqualTo(4);
        assertThat(report.get("stockTotal").get("standing").asLong()).isEqualTo(4);
    }

    @Test
    void todaysStockAgeHasTheStandingCarsByBucketWithTheirCost() throws Exception {
        JsonNode ageing = report(Map.of()).get("ageingTotal");
        assertThat(ageing.get("buckets").get("DAYS_0_30").get("units").asLong()).isEqualTo(1);
        assertThat(ageing.get("buckets").get("DAYS_31_60").get("units").asLong()).isEqualTo(1);
        assertThat(ageing.get("buckets").get("DAYS_61_90").get("units").asLong()).isZero();
        assertThat(ageing.get("buckets").get("OVER_90").get("cost").decimalValue()).isEqualByComparingTo("161000");
        assertThat(ageing.get("total").get("units").asLong()).isEqualTo(3);
        assertThat(ageing.get("total").get("cost").decimalValue()).isEqualByComparingTo("483000");
    }

    @Test
    void theWeeksDocumentsAreCountedByKind() throws Exception {
        JsonNode report = report(Map.of());
        assertThat(report.get("week").get("FACTORY_IN").asLong()).isEqualTo(1);
        assertThat(report.get("week").get("SALE_OUT").asLong()).isEqualTo(1);
        assertThat(report.get("weekIn").asLong()).isEqualTo(1);
        assertThat(report.get("weekOut").asLong()).isEqualTo(1);
        assertThat(LocalDate.parse(report.get("weekFrom").asString()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void yesterdaysReportShowsTheStockAsItStoodThen() throws Exception {
        JsonNode report = report(Map.of("date", today.minusDays(1).toString()));
        assertThat(report.get("stockTotal").get("counts").toString()).isEqualTo(
                "{\"ORDERED\":0,\"IN_TRANSIT\":0,\"IN_STOCK\":3,\"RESERVED\":0,\"SOLD\":0,\"DEMO\":1}");
        JsonNode buckets = report.get("ageingTotal").get("buckets");
        assertThat(buckets.get("DAYS_0_30").get("units").asLong()).isEqualTo(2);
        assertThat(buckets.get("DAYS_31_60").get("units").asLong()).isEqualTo(1);
        assertThat(buckets.get("OVER_90").get("units").asLong()).isEqualTo(1);
    }

    @Test
    void thePageShowsTheStockAndTheChartAndAConsultantNoCost() throws Exception {
        String page = mvc.perform(get("/vehicles/stock-report").with(logins.as(fixtures.secondClerk())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"ageing-chart\"").contains("/js/stock-ageing.js").contains("483,000.00")
                .containsPattern("id=\"week-out\">1<").contains("台账测试店" + fixtures.tag);
        assertThat(api.report("consultant1", Map.of()).toString()).doesNotContain("\"cost\"");
    }

    @Test
    void aFutureOrUnreadableDateIsToldInTheReadersLanguage() throws Exception {
        String future = mvc.perform(get("/vehicles/stock-report").param("date", today.plusDays(1).toString())
                .with(logins.as("clerk"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("晚于今天").doesNotContain("id=\"report-stock\"");
        String unreadable = mvc.perform(get("/vehicles/stock-report").param("date", "31/12/2026")
                .with(logins.as("clerk"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unreadable).contains("日期格式不正确");
        mvc.perform(get("/api/v1/stock-report").param("date", today.plusDays(1).toString())
                .header("Authorization", "Bearer " + apiClient.tokenFor("clerk")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/vehicles/stock-report/export.xlsx").param("date", "x").with(logins.as("clerk")))
                .andExpect(status().isUnprocessableContent());
    }
}
