package com.autosales.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ContractsIT {

    @Autowired ContractFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    private static JsonNode body(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return ApiClient.json(result.getResponse().getContentAsString());
    }

    private int steps(Long id) {
        return jdbc.queryForObject("select count(*) from sales_contract_step where contract_id = ?", Integer.class, id);
    }

    @Test
    void aContractFromAnAcceptedQuoteIsReviewedSignedArchivedAndWinsTheLead() throws Exception {
        JsonNode draft = fixtures.draft();
        Long id = draft.get("id").asLong();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("number").asString()).isEqualTo("HT" + String.format("%06d", id));
        assertThat(draft.get("figures").get("amountDue").decimalValue()).isEqualByComparingTo("245200");
        assertThat(draft.get("terms").asString()).contains("第一条");
        Long leadId = draft.get("leadId").asLong();

        assertThat(body(fixtures.action("consultant1", id, "submit", "{\"comment\":\"客户本周签约\"}")).get("status").asString())
                .isEqualTo("SUBMITTED");
        assertThat(fixtures.action("consultant2", id, "approve", "{}").getResponse().getStatus()).isEqualTo(403);
        assertThat(body(fixtures.action("salesmanager", id, "approve", "{\"comment\":\"价格合理，同意\"}")).get("status").asString())
                .isEqualTo("APPROVED");
        JsonNode signed = body(fixtures.action("consultant1", id, "sign", null));
        assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
        assertThat(signed.get("signedOn").isNull()).isFalse();

        await().atMost(Duration.ofSeconds(15)).until(() -> "WON".equals(
                jdbc.queryForObject("select status from sales_lead where id = ?", String.class, leadId)));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("select count(*) from funnel_entry"
                + " where stage = 'ORDER' and record_type = 'contract' and record_id = ?", Integer.class, id) == 1);
        JsonNode documents = body(fixtures.read("consultant1", "/api/v1/contracts/" + id + "/documents"));
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).get("fileName").asString()).isEqualTo("HT" + String.format("%06d", id) + "-v1.pdf");
        List<String> actions = jdbc.queryForList("select action from sales_contract_step where contract_id = ? order by id",
                String.class, id);
        assertThat(actions).containsExactly("CREATE", "SUBMIT", "APPROVE", "SIGN");
        assertThat(jdbc.queryForObject("select actor_name from sales_contract_step where contract_id = ? and action = 'APPROVE'",
                String.class, id)).isEqualTo("李明");
    }

    @Test
    void aReturnedContractShowsTheCommentAndCanBeChangedAndSubmittedAgain() throws Exception {
        Long id = fixtures.draft().get("id").asLong();
        fixtures.action("consultant1", id, "submit", null);
        assertThat(fixtures.action("salesmanager", id, "reject", "{\"comment\":\" \"}").getResponse().getContentAsString())
                .contains("approval.comment-required");
        JsonNode returned = body(fixtures.action("salesmanager", id, "reject", "{\"comment\":\"定金太少，请改为一万元\"}"));
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnComment").asString()).isEqualTo("定金太少，请改为一万元");

        String changed = ((tools.jackson.databind.node.ObjectNode) returned).put("depositAmount", 10000).toString();
        assertThat(body(fixtures.update("consultant1", id, changed)).get("depositAmount").decimalValue())
                .isEqualByComparingTo("10000");
        assertThat(fixtures.update("consultant1", id, changed).getResponse().getStatus()).as("stale version").isEqualTo(409);
        assertThat(body(fixtures.action("consultant1", id, "submit", null)).get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void stepsOutOfOrderAreRefusedAndChangeNothing() throws Exception {
        Long id = fixtures.draft().get("id").asLong();
        int before = steps(id);
        var sign = fixtures.action("consultant1", id, "sign", null);
        assertThat(sign.getResponse().getStatus()).isEqualTo(422);
        assertThat(sign.getResponse().getContentAsString()).contains("sales.contract.illegal-transition");
        assertThat(fixtures.action("consultant1", id, "close", null).getResponse().getStatus()).isEqualTo(422);
        assertThat(fixtures.action("salesmanager", id, "approve", "{}").getResponse().getStatus()).isEqualTo(422);
        assertThat(fixtures.statusOf(id)).isEqualTo("DRAFT");
        assertThat(steps(id)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from sales_contract_document where contract_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aQuoteGetsOneLiveContractEvenWhenTwoAreDrawnUpAtOnce() throws Exception {
        Long quoteId = fixtures.acceptedQuote();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> fixtures.create("consultant1", quoteId).getResponse().getStatus());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(attempts)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnlyOnce(201);
        assertThat(jdbc.queryForObject("select count(*) from sales_contract where quote_id = ?", Integer.class, quoteId)).isEqualTo(1);
        assertThat(fixtures.create("consultant1", quoteId).getResponse().getContentAsString()).contains("sales.contract.quote-has-contract");
    }

    @Test
    void aConsultantCannotReachAnotherConsultantsContractByAnyPath() throws Exception {
        Long id = fixtures.draft().get("id").asLong();
        assertThat(fixtures.read("consultant2", "/api/v1/contracts/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(fixtures.read("consultant2", "/api/v1/contracts/" + id + "/steps").getResponse().getStatus()).isEqualTo(404);
        assertThat(fixtures.read("consultant2", "/api/v1/contracts?page=0").getResponse().getContentAsString())
                .doesNotContain("\"id\":" + id + ",");
        assertThat(fixtures.read("consultant2", "/contracts/" + id + "/pdf").getResponse().getStatus()).isEqualTo(404);
        assertThat(fixtures.action("consultant2", id, "submit", null).getResponse().getStatus()).isEqualTo(404);
        assertThat(fixtures.statusOf(id)).isEqualTo("DRAFT");
        assertThat(fixtures.read("salesmanager", "/api/v1/contracts/" + id).getResponse().getStatus()).isEqualTo(200);
        assertThat(fixtures.read("consultant1", "/api/v1/contracts?page=0").getResponse().getContentAsString())
                .contains("\"id\":" + id + ",");
    }

    @Test
    void aSignedContractChangesOnlyByAnApprovedAmendmentWhichArchivesANewEdition() throws Exception {
        Long id = fixtures.signed();
        JsonNode contract = body(fixtures.read("consultant1", "/api/v1/contracts/" + id));
        assertThat(fixtures.update("consultant1", id, contract.toString()).getResponse().getContentAsString())
                .contains("sales.contract.not-editable");
        String v1 = jdbc.queryForObject("select sha256 from sales_contract_document where contract_id = ? and version_no = 1",
                String.class, id);

        var asked = fixtures.action("consultant1", id, "amendments",
                "{\"reason\":\"客户推迟提车\",\"newDeliveryDate\":\"2027-03-01\",\"newDiscount\":4000}");
        assertThat(asked.getResponse().getStatus()).isEqualTo(201);
        assertThat(fixtures.action("consultant1", id, "amendments", "{\"reason\":\"再改\",\"newDiscount\":1}")
                .getResponse().getContentAsString()).contains("sales.amendment.pending");
        assertThat(body(fixtures.read("consultant1", "/api/v1/contracts/" + id)).get("deliveryDate").asString())
                .isNotEqualTo("2027-03-01");

        Long amendmentId = jdbc.queryForObject("select id from sales_contract_amendment where contract_id = ?", Long.class, id);
        fixtures.decideApproval("salesmanager", "contract-amendment", amendmentId);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from sales_contract_document where contract_id = ?", Integer.class, id) == 2);
        JsonNode amended = body(fixtures.read("consultant1", "/api/v1/contracts/" + id));
        assertThat(amended.get("deliveryDate").asString()).isEqualTo("2027-03-01");
        assertThat(amended.get("figures").get("discount").decimalValue()).isEqualByComparingTo("4000");
        assertThat(amended.get("figures").get("amountDue").decimalValue()).isEqualByComparingTo("244200");
        assertThat(jdbc.queryForObject("select sha256 from sales_contract_document where contract_id = ? and version_no = 1",
                String.class, id)).isEqualTo(v1);
    }

    @Test
    void theCarAllocatedMustMatchTheContractAndIsReservedForItUntilACancellationFreesIt() throws Exception {
        Long id = fixtures.signed();
        JsonNode contract = body(fixtures.read("consultant1", "/api/v1/contracts/" + id));
        String exterior = contract.get("exteriorColour").asString();
        String interior = contract.get("interiorColour").asString();
        assertThat(fixtures.payDeposit(id, "0").getResponse().getContentAsString()).contains("payments.amount-invalid");
        assertThat(fixtures.payDeposit(id, "5000").getResponse().getStatus()).isEqualTo(201);
        assertThat(fixtures.statusOf(id)).isEqualTo("DEPOSIT_RECEIVED");

        String otherColour = fixtures.carInStock(id, fixtures.anotherExteriorThan(exterior), interior);
        assertThat(fixtures.action("consultant1", id, "allocation", "{\"vin\":\"" + otherColour + "\"}")
                .getResponse().getContentAsString()).contains("sales.contract.vin-mismatch");
        String vin = fixtures.carInStock(id, exterior, interior);
        JsonNode allocated = body(fixtures.action("consultant1", id, "allocation", "{\"vin\":\"" + vin.toLowerCase() + "\"}"));
        assertThat(allocated.get("status").asString()).isEqualTo("ALLOCATED");
        assertThat(allocated.get("vin").asString()).isEqualTo(vin);
        assertThat(jdbc.queryForObject("select status from stock_vehicle where vin = ?", String.class, vin)).isEqualTo("RESERVED");

        assertThat(fixtures.action("consultant1", id, "cancel", "{\"reason\":\"客户放弃\"}").getResponse().getContentAsString())
                .contains("sales.contract.cancel-needs-manager");
        assertThat(fixtures.action("salesmanager", id, "cancel", "{\"reason\":\"客户放弃\",\"refundAmount\":6000}")
                .getResponse().getContentAsString()).contains("sales.contract.refund-invalid");
        JsonNode cancelled = body(fixtures.action("salesmanager", id, "cancel",
                "{\"reason\":\"客户资金问题放弃购车\",\"refundAmount\":5000,\"refundNote\":\"原路退回\"}"));
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("refundAmount").decimalValue()).isEqualByComparingTo("5000");
        assertThat(jdbc.queryForObject("select status from stock_vehicle where vin = ?", String.class, vin)).isEqualTo("IN_STOCK");
        assertThat(jdbc.queryForObject("select active_vin from sales_contract where id = ?", String.class, id)).isNull();
    }
}
