package com.autosales.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.autosales.approvals.ApprovalSummary;
import com.autosales.approvals.Approvals;
import com.autosales.shared.Vin;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The clerk drafts a month's factory order with suggestions from the last three months' sales, stock and pipeline,
 * the sales manager approves or returns it, the approved order is locked and exports, and confirming it creates one
 * ordered stock vehicle per unit that a later receipt fills with its VIN.
 */
@IntegrationTest
class FactoryOrderIT {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired CatalogueSetup catalogue;
    @Autowired StockSetup stock;
    @Autowired Approvals approvals;
    @Autowired Clock clock;

    FactoryOrderFixtures fixtures;
    Long trim;

    @BeforeEach
    void aTrimWithHistory() {
        fixtures = new FactoryOrderFixtures(jdbc, catalogue, stock, clock);
        trim = fixtures.newTrim();
        fixtures.soldInWindow(trim, "白色", 9);
        fixtures.received(trim, "白色", StockStatus.IN_STOCK);
        fixtures.received(trim, "白色", StockStatus.IN_STOCK);
        fixtures.received(trim, "白色", StockStatus.IN_TRANSIT);
    }

    private MvcResult call(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        request.header("Authorization", "Bearer " + api.tokenFor(user));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn();
    }

    private JsonNode ok(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        MvcResult result = call(user, request, json);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isBetween(200, 201);
        return ApiClient.json(result.getResponse().getContentAsString());
    }

    private JsonNode draft(YearMonth month) throws Exception {
        return ok("clerk", post("/api/v1/factory-orders"), "{\"month\":\"" + fixtures.clean(month) + "\"}");
    }

    private static JsonNode lineOf(JsonNode order, Long trimId, String exterior) {
        for (JsonNode line : order.get("lines")) {
            if (line.get("trimId").asLong() == trimId && line.get("exteriorColour").asString().equals(exterior)) {
                return line;
            }
        }
        throw new AssertionError("no line for trim " + trimId + " " + exterior + " in " + order);
    }

    /** Orders nothing but this test's trim, whatever else the store's stock and sales bring into the draft. */
    private JsonNode onlyThisTestsTrim(JsonNode order) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (JsonNode line : order.get("lines")) {
            if (line.get("trimId").asLong() != trim) {
                lines.append(lines.isEmpty() ? "" : ",").append("{\"id\":").append(line.get("id").asLong()).append(",\"quantity\":0}");
            }
        }
        return ok("clerk", put("/api/v1/factory-orders/" + order.get("id").asLong() + "/lines"), "{\"lines\":[" + lines + "]}");
    }

    private ApprovalSummary pendingApprovalOf(long orderId) {
        return approvals.pendingFor("factory-order", orderId).orElseThrow();
    }

    private void decide(String user, long orderId, String decision, String comment) throws Exception {
        ApprovalSummary pending = pendingApprovalOf(orderId);
        ok(user, post("/api/v1/approvals/" + pending.id() + "/decision"),
                "{\"decision\":\"" + decision + "\",\"comment\":\"" + comment + "\",\"version\":" + pending.version() + "}");
    }

    private String statusOf(long orderId) {
        return jdbc.queryForObject("select status from factory_order where id = ?", String.class, orderId);
    }

    private void awaitStatus(long orderId, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(orderId).equals(status));
    }

    private int orderedWithoutVin(Long trimId) {
        return jdbc.queryForObject("select count(*) from stock_vehicle where trim_id = ? and status = 'ORDERED' and vin is null",
                Integer.class, trimId);
    }

    @Test
    void theDraftSuggestsFromTheLastThreeMonthsSalesLessStockAndPipeline() throws Exception {
        JsonNode order = draft(fixtures.monthsAhead(2));
        assertThat(order.get("status").asString()).isEqualTo("DRAFT");
        assertThat(order.get("orderNo").asString()).startsWith("DD-" + fixtures.monthsAhead(2).toString().replace("-", ""));
        JsonNode line = lineOf(order, trim, "白色");
        assertThat(line.get("soldRecently").asInt()).isEqualTo(9);
        assertThat(line.get("inStock").asInt()).isEqualTo(2);
        assertThat(line.get("pipeline").asInt()).isEqualTo(1);
        assertThat(line.get("suggested").asInt()).isEqualTo(3);
        assertThat(line.get("quantity").asInt()).isEqualTo(3);
        assertThat(line.get("unitCost").decimalValue()).isEqualByComparingTo("100000.00");

        MvcResult again = call("clerk", post("/api/v1/factory-orders"), "{\"month\":\"" + fixtures.monthsAhead(2) + "\"}");
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString()).contains("vehicles.order.month-taken");
        MvcResult past = call("clerk", post("/api/v1/factory-orders"), "{\"month\":\"" + fixtures.monthsAhead(-1) + "\"}");
        assertThat(past.getResponse().getStatus()).isEqualTo(422);
    }

    @Test
    void anApprovedOrderIsLockedExportsAndConfirmedBecomesOrderedStockThatAReceiptFills() throws Exception {
        JsonNode order = onlyThisTestsTrim(draft(fixtures.monthsAhead(3)));
        long id = order.get("id").asLong();
        long lineId = lineOf(order, trim, "白色").get("id").asLong();
        order = ok("clerk", put("/api/v1/factory-orders/" + id + "/lines"), "{\"version\":" + order.get("version").asLong()
                + ",\"lines\":[{\"id\":" + lineId + ",\"quantity\":4,\"note\":\"=年底冲量\"}]}");
        assertThat(lineOf(order, trim, "白色").get("quantity").asInt()).isEqualTo(4);
        order = ok("clerk", post("/api/v1/factory-orders/" + id + "/lines"), "{\"trimId\":" + trim
                + ",\"exteriorColour\":\"红色\",\"interiorColour\":\"黑色\",\"quantity\":2,\"version\":" + order.get("version").asLong() + "}");
        ok("clerk", post("/api/v1/factory-orders/" + id + "/submit"), "{\"note\":\"年底促销\"}");
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");

        MvcResult locked = call("clerk", put("/api/v1/factory-orders/" + id + "/lines"),
                "{\"lines\":[{\"id\":" + lineId + ",\"quantity\":40}]}");
        assertThat(locked.getResponse().getStatus()).isEqualTo(422);
        assertThat(locked.getResponse().getContentAsString()).contains("vehicles.order.locked");
        assertThat(call("clerk", get("/api/v1/factory-orders/" + id + "/export.csv"), null).getResponse().getStatus()).isEqualTo(422);

        decide("salesmanager", id, "APPROVE", "同意");
        awaitStatus(id, "APPROVED");
        assertThat(call("clerk", put("/api/v1/factory-orders/" + id + "/lines"),
                "{\"lines\":[{\"id\":" + lineId + ",\"quantity\":40}]}").getResponse().getStatus()).isEqualTo(422);

        String csv = call("clerk", get("/api/v1/factory-orders/" + id + "/export.csv"), null).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF订单号,订货月份");
        assertThat(csv.lines().filter(l -> l.contains("白色,黑色,4,'=年底冲量")).count()).isEqualTo(1);
        assertThat(csv.lines().filter(l -> l.contains("红色,黑色,2")).count()).isEqualTo(1);

        int before = orderedWithoutVin(trim);
        ok("clerk", post("/api/v1/factory-orders/" + id + "/confirm"), null);
        assertThat(statusOf(id)).isEqualTo("CONFIRMED");
        assertThat(orderedWithoutVin(trim)).isEqualTo(before + 6);
        assertThat(call("clerk", post("/api/v1/factory-orders/" + id + "/confirm"), null).getResponse().getStatus()).isEqualTo(422);
        assertThat(orderedWithoutVin(trim)).isEqualTo(before + 6);
        assertThat(jdbc.queryForObject("select count(*) from stock_movement m join stock_vehicle v on v.id = m.vehicle_id"
                + " where v.factory_order_id = ? and m.to_status = 'ORDERED' and m.document = ?", Integer.class, id,
                order.get("orderNo").asString())).isEqualTo(6);

        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'factory-order' and entity_id = ?"
                + " order by id", String.class, String.valueOf(id))).containsSubsequence("DRAFT", "UPDATE", "ADD_LINE", "SUBMIT", "CONFIRM");

        // the manufacturer ships a red one: the receipt fills an ordered red car instead of adding a seventh
        Vin vin = fixtures.vin();
        ok("clerk", post("/api/v1/stock-vehicles"), "{\"vin\":\"" + vin + "\",\"engineNo\":\"RED00001\",\"trimId\":" + trim
                + ",\"exteriorColour\":\"红色\",\"interiorColour\":\"黑色\",\"status\":\"IN_TRANSIT\",\"document\":\"YD-1\"}");
        assertThat(jdbc.queryForObject("select factory_order_id from stock_vehicle where vin = ?", Long.class, vin.value()))
                .isEqualTo(id);
        assertThat(orderedWithoutVin(trim)).isEqualTo(before + 5);
    }

    @Test
    void aReturnedOrderCarriesTheCommentAndCanBeChangedAndSubmittedAgain() throws Exception {
        JsonNode order = draft(fixtures.monthsAhead(1));
        long id = order.get("id").asLong();
        ok("clerk", post("/api/v1/factory-orders/" + id + "/submit"), null);
        decide("salesmanager", id, "RETURN", "途观L白色压库，减到2台");
        awaitStatus(id, "RETURNED");
        order = ok("clerk", get("/api/v1/factory-orders/" + id), null);
        assertThat(order.get("returnComment").asString()).isEqualTo("途观L白色压库，减到2台");
        long lineId = lineOf(order, trim, "白色").get("id").asLong();
        ok("clerk", put("/api/v1/factory-orders/" + id + "/lines"), "{\"lines\":[{\"id\":" + lineId + ",\"quantity\":2}]}");
        ok("clerk", post("/api/v1/factory-orders/" + id + "/submit"), null);
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        assertThat(pendingApprovalOf(id).waitingFor()).contains("李明");
    }

    @Test
    void anOrderedCarWithoutVinMovesOnlyWithTheManufacturersVin() throws Exception {
        JsonNode order = onlyThisTestsTrim(draft(fixtures.monthsAhead(2)));
        long id = order.get("id").asLong();
        ok("clerk", post("/api/v1/factory-orders/" + id + "/submit"), null);
        decide("salesmanager", id, "APPROVE", "同意");
        awaitStatus(id, "APPROVED");
        ok("clerk", post("/api/v1/factory-orders/" + id + "/confirm"), null);
        Long car = jdbc.queryForObject("select min(id) from stock_vehicle where factory_order_id = ?", Long.class, id);
        assertThat(fixtures.statusOf(car)).isEqualTo("ORDERED");

        MvcResult refused = call("clerk", post("/api/v1/stock-vehicles/" + car + "/transitions"), "{\"target\":\"IN_TRANSIT\"}");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("vehicles.vin-needed");
        Vin vin = fixtures.vin();
        JsonNode moved = ok("clerk", post("/api/v1/stock-vehicles/" + car + "/transitions"), "{\"target\":\"IN_TRANSIT\",\"vin\":\""
                + vin.value().toLowerCase() + "\",\"engineNo\":\"eng-77001\",\"document\":\"YD-2\"}");
        assertThat(moved.get("vin").asString()).isEqualTo(vin.value());
        assertThat(moved.get("engineNo").asString()).isEqualTo("ENG-77001");
        assertThat(moved.get("status").asString()).isEqualTo("IN_TRANSIT");
    }

    @Test
    void twoConfirmationsAtTheSameMomentCreateTheOrderedCarsOnce() throws Exception {
        JsonNode order = onlyThisTestsTrim(draft(fixtures.monthsAhead(3)));
        long id = order.get("id").asLong();
        ok("clerk", post("/api/v1/factory-orders/" + id + "/submit"), null);
        decide("salesmanager", id, "APPROVE", "同意");
        awaitStatus(id, "APPROVED");
        String token = api.tokenFor("clerk");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return mvc.perform(post("/api/v1/factory-orders/" + id + "/confirm").header("Authorization", "Bearer " + token))
                            .andReturn().getResponse().getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from stock_vehicle where factory_order_id = ?", Integer.class, id))
                .isEqualTo(3);
    }

    @Test
    void anotherStoreSeesNoneOfTheOrders() throws Exception {
        long id = draft(fixtures.monthsAhead(1)).get("id").asLong();
        String role = "(select id from app_role where code = 'director')";
        jdbc.update("insert into app_role_permission (role_id, permission) values (" + role + ", 'vehicles:view')");
        try {
            assertThat(call("director", get("/api/v1/factory-orders/" + id), null).getResponse().getStatus()).isEqualTo(404);
            assertThat(call("director", get("/api/v1/factory-orders"), null).getResponse().getContentAsString())
                    .contains("\"totalItems\":0");
        } finally {
            jdbc.update("delete from app_role_permission where role_id = " + role + " and permission like 'vehicles:%'");
        }
    }
}
