package com.autosales.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DeliveryIT {

    @Autowired DeliveryFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    private String contractStatus(Long contractId) {
        return jdbc.queryForObject("select status from sales_contract where id = ?", String.class, contractId);
    }

    private String stockStatus(String vin) {
        return jdbc.queryForObject("select status from stock_vehicle where vin = ?", String.class, vin);
    }

    private Long leadOf(Long contractId) {
        return jdbc.queryForObject("select lead_id from sales_contract where id = ?", Long.class, contractId);
    }

    @Test
    void theCarLeavesOnlyWhenAllocatedCheckedSignedAndPaidThenTheCallsAndTheSurveyArePlanned() throws Exception {
        Long contractId = fixtures.signedCashContract();
        Long id = fixtures.deliveryOf(contractId);
        JsonNode fresh = fixtures.view("consultant1", id);
        assertThat(fresh.get("status").asString()).isEqualTo("PREPARING");
        assertThat(fresh.get("gate").get("blockers").toString()).contains("delivery.gate.no-vehicle",
                "delivery.gate.checklist.PDI", "delivery.gate.not-signed", "delivery.gate.unpaid");

        String vin = fixtures.depositPaidWithCarInStock(contractId);
        assertThat(fixtures.act("consultant1", id, "allocation", "{\"vin\":\"" + vin + "\"}").getResponse().getStatus()).isEqualTo(200);
        assertThat(contractStatus(contractId)).isEqualTo("ALLOCATED");
        assertThat(stockStatus(vin)).isEqualTo("RESERVED");
        assertThat(fixtures.act("consultant1", id, "appointment", "{\"at\":\"2026-12-20T02:00:00Z\",\"place\":\"交车区A\"}")
                .getResponse().getStatus()).isEqualTo(200);

        fixtures.tickRequired(id);
        assertThat(fixtures.act("consultant1", id, "handover", "{}").getResponse().getContentAsString())
                .contains("delivery.gate.not-signed");
        assertThat(fixtures.act("consultant1", id, "confirmation", "{\"receiverName\":\"王芳\",\"signaturePng\":\"bm90IGEgcG5n\"}")
                .getResponse().getContentAsString()).contains("delivery.signature-required");
        assertThat(fixtures.sign(id, "王芳").getResponse().getStatus()).isEqualTo(200);

        var refused = fixtures.act("consultant1", id, "handover", "{}");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("delivery.gate.unpaid");
        assertThat(contractStatus(contractId)).isEqualTo("ALLOCATED");
        assertThat(stockStatus(vin)).isEqualTo("RESERVED");

        assertThat(fixtures.payBalance(contractId).getResponse().getStatus()).isEqualTo(201);
        JsonNode delivered = DeliveryFixtures.json(fixtures.act("consultant1", id, "handover", "{\"comment\":\"交车仪式完成\"}"));
        assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(contractStatus(contractId)).isEqualTo("DELIVERED");
        assertThat(stockStatus(vin)).isEqualTo("DELIVERED");
        assertThat(jdbc.queryForObject("select count(*) from stock_movement m join stock_vehicle v on v.id = m.vehicle_id"
                + " where v.vin = ? and m.to_status in ('SOLD', 'DELIVERED')", Integer.class, vin)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select expected - received from receivable_account where contract_id = ?",
                BigDecimal.class, contractId)).isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject("select count(*) from funnel_entry where stage = 'DELIVERY' and record_id = ?",
                Integer.class, contractId)).isEqualTo(1);

        List<LocalDate> calls = jdbc.queryForList("select due_date from lead_follow_up where lead_id = ? and purpose is not null"
                + " and state = 'OPEN' order by due_date", LocalDate.class, leadOf(contractId));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(calls).containsExactly(today.plusDays(1), today.plusDays(7), today.plusDays(30));
        assertThat(delivered.get("aftercareCalls")).hasSize(3);
        assertThat(delivered.get("survey").get("dueOn").asString()).isEqualTo(today.plusDays(3).toString());
        assertThat(fixtures.act("consultant1", id, "checks/" + firstItem(fresh), "{}").getResponse().getContentAsString())
                .contains("delivery.not-preparing");

        byte[] pdf = fixtures.read("consultant1", "/api/v1/deliveries/" + id + "/pdf").getResponse().getContentAsByteArray();
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("交车确认单", vin, "王芳", "已检");
        assertThat(fixtures.read("consultant1", "/api/v1/contracts/" + contractId).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theSalesManagerMayReleaseAnUnpaidCarWithAReasonButAConsultantMayNot() throws Exception {
        Long contractId = fixtures.signedCashContract();
        Long id = fixtures.deliveryOf(contractId);
        String vin = fixtures.depositPaidWithCarInStock(contractId);
        fixtures.act("consultant1", id, "allocation", "{\"vin\":\"" + vin + "\"}");
        fixtures.tickRequired(id);
        fixtures.sign(id, "李客户");

        assertThat(fixtures.act("consultant1", id, "release", "{\"reason\":\"老客户\"}").getResponse().getStatus()).isEqualTo(403);
        assertThat(fixtures.act("salesmanager", id, "release", "{\"reason\":\" \"}").getResponse().getContentAsString())
                .contains("delivery.reason-required");
        JsonNode released = DeliveryFixtures.json(fixtures.act("salesmanager", id, "release",
                "{\"reason\":\"集团客户，尾款月底对公转账\"}"));
        assertThat(released.get("releaseReason").asString()).isEqualTo("集团客户，尾款月底对公转账");
        assertThat(released.get("gate").get("blockers")).isEmpty();
        assertThat(DeliveryFixtures.json(fixtures.act("consultant1", id, "handover", "{}")).get("status").asString())
                .isEqualTo("DELIVERED");
        assertThat(jdbc.queryForObject("select expected - received from receivable_account where contract_id = ?",
                BigDecimal.class, contractId)).isPositive();
    }

    @Test
    void aCarOfAnotherColourNeedsTheSalesManagersApprovalOfExactlyThatCar() throws Exception {
        Long contractId = fixtures.signedCashContract();
        Long id = fixtures.deliveryOf(contractId);
        fixtures.depositPaidWithCarInStock(contractId);
        String other = fixtures.otherColourCar(contractId);

        assertThat(fixtures.act("consultant1", id, "allocation", "{\"vin\":\"" + other + "\"}").getResponse()
                .getContentAsString()).contains("sales.contract.vin-mismatch");
        assertThat(fixtures.act("consultant1", id, "substitution", "{\"vin\":\"" + other + "\",\"reason\":\"客户同意换色，提前提车\"}")
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(fixtures.act("consultant1", id, "allocation", "{\"vin\":\"" + other + "\"}").getResponse()
                .getContentAsString()).contains("sales.contract.vin-mismatch");
        assertThat(fixtures.act("consultant1", id, "substitution/decision", "{\"decision\":\"APPROVE\"}").getResponse()
                .getStatus()).isEqualTo(403);
        JsonNode approved = DeliveryFixtures.json(fixtures.act("salesmanager", id, "substitution/decision",
                "{\"decision\":\"APPROVE\",\"comment\":\"同意\"}"));
        assertThat(approved.get("substitutionState").asString()).isEqualTo("APPROVED");

        JsonNode allocated = DeliveryFixtures.json(fixtures.act("consultant1", id, "allocation", "{\"vin\":\"" + other + "\"}"));
        assertThat(allocated.get("contract").get("vin").asString()).isEqualTo(other);
        assertThat(stockStatus(other)).isEqualTo("RESERVED");
        assertThat(jdbc.queryForObject("select comment from sales_contract_step where contract_id = ? and action = 'ALLOCATE'",
                String.class, contractId)).contains(other, "客户同意换色");
    }

    @Test
    void anotherConsultantCannotReachTheDeliveryByAnyPath() throws Exception {
        Long contractId = fixtures.signedCashContract();
        Long id = fixtures.deliveryOf(contractId);
        for (String path : List.of("/api/v1/deliveries/" + id, "/api/v1/deliveries/by-contract/" + contractId,
                "/api/v1/deliveries/" + id + "/pdf")) {
            assertThat(fixtures.read("consultant2", path).getResponse().getStatus()).as(path).isEqualTo(404);
        }
        assertThat(fixtures.act("consultant2", id, "appointment", "{\"at\":\"2026-12-20T02:00:00Z\"}").getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(fixtures.read("consultant2", "/api/v1/deliveries?status=PREPARING").getResponse().getContentAsString())
                .doesNotContain("\"id\":" + id + ",");
        assertThat(fixtures.read("consultant1", "/api/v1/deliveries?status=PREPARING").getResponse().getContentAsString())
                .contains("\"id\":" + id + ",");
    }

    private static long firstItem(JsonNode view) {
        return view.get("checklists").get(0).get("lines").get(0).get("itemId").asLong();
    }
}
