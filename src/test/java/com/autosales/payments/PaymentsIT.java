package com.autosales.payments;

import com.autosales.support.StoreToday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.autosales.sales.ContractFixtures;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PaymentsIT {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContractFixtures contracts;

    private Long signedContract() throws Exception {
        Long id = contracts.approvedOf("consultant1", "FINANCE");
        contracts.action("consultant1", id, "sign", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from receivable_account where contract_id = ?", Integer.class, id) == 1);
        return id;
    }

    /** {@code user}: a login, or a ready "Bearer …" header (threads share one token: logging in is not what is tested). */
    private MvcResult pay(String user, String key, Long contractId, String kind, String amount) throws Exception {
        String authorization = user.startsWith("Bearer ") ? user : "Bearer " + api.tokenFor(user);
        return mvc.perform(post("/api/v1/payments").header("Authorization", authorization)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("{\"contractId\":" + contractId + ",\"kind\":\"" + kind + "\",\"channel\":\"WECHAT\",\"amount\":"
                        + amount + ",\"paidOn\":\"" + StoreToday.date() + "\",\"reference\":\"4200001234\"}")).andReturn();
    }

    private BigDecimal received(Long contractId) {
        return jdbc.queryForObject("select received from receivable_account where contract_id = ?", BigDecimal.class, contractId);
    }

    private int paymentsOf(Long contractId) {
        return jdbc.queryForObject("select count(*) from payment where contract_id = ?", Integer.class, contractId);
    }

    @Test
    void theSamePaymentPostedTenTimesAtOnceWithOneKeyIsRecordedOnce() throws Exception {
        Long id = signedContract();
        String key = "pos-" + UUID.randomUUID();
        String token = "Bearer " + api.tokenFor("finance");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(() -> pay(token, key, id, "DEPOSIT", "5000").getResponse().getStatus());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(posts)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 200);
        assertThat(jdbc.queryForObject("select count(*) from payment where idempotency_key = ?", Integer.class, key)).isEqualTo(1);
        assertThat(received(id)).isEqualByComparingTo("5000");
        assertThat(contracts.statusOf(id)).isEqualTo("DEPOSIT_RECEIVED");
    }

    @Test
    void moreThanIsDueIsRefusedAndBooksNothing() throws Exception {
        Long id = signedContract();
        BigDecimal expected = jdbc.queryForObject("select expected from receivable_account where contract_id = ?",
                BigDecimal.class, id);
        MvcResult tooMuch = pay("finance", "k-" + UUID.randomUUID(), id, "FINAL_PAYMENT", expected.add(BigDecimal.ONE).toPlainString());
        assertThat(tooMuch.getResponse().getStatus()).isEqualTo(422);
        assertThat(tooMuch.getResponse().getContentAsString()).contains("payments.overpaid");
        assertThat(pay("finance", "no", id, "DEPOSIT", "10").getResponse().getContentAsString())
                .contains("payments.idempotency-key-invalid");
        assertThat(pay("consultant1", "k-" + UUID.randomUUID(), id, "DEPOSIT", "10").getResponse().getStatus()).isEqualTo(403);
        assertThat(paymentsOf(id)).isZero();
        assertThat(received(id)).isEqualByComparingTo("0");
    }

    @Test
    void aWrongPaymentIsReversedOnceByACounterEntryAndNeverEdited() throws Exception {
        Long id = signedContract();
        Long paymentId = ApiClient.json(pay("finance", "k-" + UUID.randomUUID(), id, "DEPOSIT", "8000")
                .getResponse().getContentAsString()).get("id").asLong();
        String reverse = "{\"reason\":\"金额录错，应为5000\"}";
        MvcResult reversal = mvc.perform(post("/api/v1/payments/" + paymentId + "/reversal")
                .header("Authorization", "Bearer " + api.tokenFor("finance")).header("Idempotency-Key", "rv-" + UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON).content(reverse)).andReturn();
        assertThat(reversal.getResponse().getStatus()).isEqualTo(201);
        JsonNode counter = ApiClient.json(reversal.getResponse().getContentAsString());
        assertThat(counter.get("amount").decimalValue()).isEqualByComparingTo("-8000");
        assertThat(counter.get("reversesId").asLong()).isEqualTo(paymentId);
        assertThat(mvc.perform(post("/api/v1/payments/" + paymentId + "/reversal")
                        .header("Authorization", "Bearer " + api.tokenFor("finance")).header("Idempotency-Key", "rv-" + UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON).content(reverse)).andReturn().getResponse().getContentAsString())
                .contains("payments.already-reversed");
        assertThat(received(id)).isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject("select amount from payment where id = ?", BigDecimal.class, paymentId))
                .isEqualByComparingTo("8000");
    }

    @Test
    void aConsultantSeesThePaymentsOfTheirOwnContractsOnly() throws Exception {
        Long id = signedContract();
        Long paymentId = ApiClient.json(pay("finance", "k-" + UUID.randomUUID(), id, "DEPOSIT", "5000")
                .getResponse().getContentAsString()).get("id").asLong();
        assertThat(read("consultant1", "/api/v1/payments/" + paymentId).getResponse().getStatus()).isEqualTo(200);
        assertThat(read("consultant2", "/api/v1/payments/" + paymentId).getResponse().getStatus()).isEqualTo(404);
        assertThat(read("consultant2", "/payments/" + paymentId + "/receipt").getResponse().getStatus()).isEqualTo(404);
        assertThat(read("consultant2", "/api/v1/receivables/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(read("consultant2", "/api/v1/payments?contractId=" + id).getResponse().getContentAsString())
                .contains("\"totalItems\":0");
        MvcResult pdf = read("consultant1", "/payments/" + paymentId + "/receipt");
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(
                pdf.getResponse().getContentAsByteArray())).getTextFromPage(1);
        assertThat(text).contains("收款收据", "¥5,000.00", "定金", "微信支付");
    }

    @Test
    void aCancelledContractBooksItsRefundAndExpectsNothingMore() throws Exception {
        Long id = signedContract();
        pay("finance", "k-" + UUID.randomUUID(), id, "DEPOSIT", "5000");
        MvcResult cancelled = contracts.action("salesmanager", id, "cancel",
                "{\"reason\":\"客户放弃\",\"refundAmount\":3000,\"refundNote\":\"扣除违约金2000\"}");
        assertThat(cancelled.getResponse().getContentAsString()).contains("CANCELLED");
        await().atMost(Duration.ofSeconds(15)).until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select cancelled from receivable_account where contract_id = ?", Boolean.class, id)));
        assertThat(jdbc.queryForObject("select sum(amount) from payment where contract_id = ? and kind = 'REFUND'",
                BigDecimal.class, id)).isEqualByComparingTo("-3000");
        assertThat(received(id)).isEqualByComparingTo("2000");
        JsonNode receivable = ApiClient.json(read("finance", "/api/v1/receivables/" + id).getResponse().getContentAsString());
        assertThat(receivable.get("balance").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void theAgeingTotalEqualsWhatTheContractsExpectLessTheLedger() throws Exception {
        for (String amount : new String[] {"5000", "12345.67", "80000"}) {
            pay("finance", "k-" + UUID.randomUUID(), signedContract(), "DEPOSIT", amount);
        }
        Long store = jdbc.queryForObject("select store_id from app_user where username = 'finance'", Long.class);
        BigDecimal expected = jdbc.queryForObject("select coalesce(sum(expected), 0) from receivable_account"
                + " where store_id = ? and cancelled = false", BigDecimal.class, store);
        BigDecimal ledger = jdbc.queryForObject("select coalesce(sum(p.amount), 0) from payment p join receivable_account a"
                + " on a.contract_id = p.contract_id where a.store_id = ? and a.cancelled = false", BigDecimal.class, store);
        JsonNode ageing = ApiClient.json(read("finance", "/api/v1/receivables/ageing").getResponse().getContentAsString());
        assertThat(ageing.get("total").decimalValue()).isEqualByComparingTo(expected.subtract(ledger));
        BigDecimal buckets = BigDecimal.ZERO;
        for (JsonNode v : ageing.get("totals")) {
            buckets = buckets.add(v.decimalValue());
        }
        assertThat(buckets).isEqualByComparingTo(expected.subtract(ledger));
    }

    private MvcResult read(String user, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + api.tokenFor(user))).andReturn();
    }
}
