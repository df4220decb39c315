package com.autosales.sales;

import com.autosales.support.StoreToday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.shared.Money;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class LoanIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired LoanFixtures fixtures;
    @Autowired LoanEventsProbe probe;
    @Autowired ContractFulfilment fulfilment;

    private JsonNode open(String user, Long contractId, String extra) throws Exception {
        return ApiClient.json(fixtures.post(user, "/api/v1/loans", "{\"contractId\": " + contractId + (extra == null ? "" : ", " + extra) + "}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private void tick(String user, Long loanId, List<Long> typeIds) throws Exception {
        for (Long typeId : typeIds) {
            fixtures.post(user, "/api/v1/loans/" + loanId + "/documents/" + typeId,
                    "{\"received\": true, \"version\": " + fixtures.versionOf(loanId) + "}").andExpect(status().isOk());
        }
    }

    private JsonNode step(String user, Long loanId, String action, String json) throws Exception {
        String body = "{\"version\": " + fixtures.versionOf(loanId) + (json == null ? "" : ", " + json) + "}";
        return ApiClient.json(fixtures.post(user, "/api/v1/loans/" + loanId + "/" + action, body)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void anApplicationStartsFromTheContractsFinancePlanWithTheFiveDocumentsToCollect() throws Exception {
        JsonNode loan = open("consultant1", fixtures.approvedFinancedContractOf("consultant1"), null);
        assertThat(loan.get("status").asString()).isEqualTo("COLLECTING");
        assertThat(loan.get("lender").asString()).isEqualTo("中国工商银行");
        assertThat(loan.get("termMonths").asInt()).isEqualTo(36);
        assertThat(loan.get("amount").decimalValue()).isEqualByComparingTo("186830.00");
        assertThat(loan.get("monthlyPayment").decimalValue()).isEqualByComparingTo(
                FinancePlan.of(Money.of(186_830), 36, com.autosales.shared.Percentage.of("4.5")).monthlyPayment().amount());
        assertThat(loan.get("documents")).extracting(d -> d.get("name").asString())
                .containsExactly("身份证", "驾驶证", "收入证明", "银行流水", "居住证明");
        assertThat(loan.get("missingRequired").asInt()).isEqualTo(5);
    }

    @Test
    void submittingWithADocumentMissingIsRefusedNamingItAndNothingChanges() throws Exception {
        Long id = open("consultant1", fixtures.approvedFinancedContractOf("consultant1"), null).get("id").asLong();
        List<Long> types = fixtures.documentTypeIds(id);
        tick("consultant1", id, types.subList(0, 4));
        long version = fixtures.versionOf(id);
        fixtures.post("finance", "/api/v1/loans/" + id + "/submit", "{\"version\": " + version + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("sales.loan.documents-missing"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("居住证明")));
        assertThat(fixtures.statusOf(id)).isEqualTo("COLLECTING");
        assertThat(fixtures.versionOf(id)).isEqualTo(version);
        assertThat(jdbc.queryForObject("select count(*) from sales_loan_step where loan_id = ? and action = 'SUBMIT'",
                Integer.class, id)).isZero();
    }

    @Test
    void theFinanceSpecialistTakesTheApplicationToDisbursementAndPaymentsHearOfIt() throws Exception {
        Long contractId = fixtures.approvedFinancedContractOf("consultant1");
        Long id = open("consultant1", contractId, "\"lender\": \"招商银行\", \"amount\": 150000").get("id").asLong();
        tick("consultant1", id, fixtures.documentTypeIds(id));
        assertThat(step("finance", id, "submit", "\"comment\": \"资料齐全，已送招行\"").get("submittedOn").asString())
                .isEqualTo(StoreToday.date().toString());
        JsonNode approved = step("finance", id, "approve", "\"lenderReference\": \"ZS-2026-0815\", \"amount\": 140000");
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("amount").decimalValue()).isEqualByComparingTo("140000");
        JsonNode disbursed = step("finance", id, "disburse", "\"disbursedOn\": \"" + StoreToday.date() + "\"");
        assertThat(disbursed.get("status").asString()).isEqualTo("DISBURSED");
        assertThat(disbursed.get("disbursedAmount").decimalValue()).isEqualByComparingTo("140000");

        await().atMost(Duration.ofSeconds(15)).until(() -> probe.received().stream().anyMatch(e -> e.loanId().equals(id)));
        LoanDisbursed event = probe.received().stream().filter(e -> e.loanId().equals(id)).findFirst().orElseThrow();
        assertThat(event.contractId()).isEqualTo(contractId);
        assertThat(event.lender()).isEqualTo("招商银行");
        assertThat(event.amount()).isEqualTo(Money.of(140_000));
        assertThat(jdbc.queryForList("select action from sales_loan_step where loan_id = ? order by id", String.class, id))
                .containsSubsequence("OPEN", "DOCUMENT_RECEIVED", "SUBMIT", "APPROVE", "DISBURSE");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'loan' and entity_id = ?",
                Integer.class, String.valueOf(id))).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aRejectedApplicationFreesTheContractForAnotherLenderButOneLiveApplicationAtATime() throws Exception {
        Long contractId = fixtures.approvedFinancedContractOf("consultant1");
        Long id = open("consultant1", contractId, null).get("id").asLong();
        fixtures.post("consultant1", "/api/v1/loans", "{\"contractId\": " + contractId + "}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("sales.loan.contract-has-loan"));
        tick("finance", id, fixtures.documentTypeIds(id));
        step("finance", id, "submit", null);
        fixtures.post("finance", "/api/v1/loans/" + id + "/reject", "{\"version\": " + fixtures.versionOf(id) + "}")
                .andExpect(jsonPath("$.code").value("sales.loan.reason-required"));
        step("finance", id, "reject", "\"reason\": \"征信有逾期记录\"");
        JsonNode second = open("finance", contractId, "\"lender\": \"上汽通用汽车金融\"");
        assertThat(second.get("lender").asString()).isEqualTo("上汽通用汽车金融");
        fixtures.post("finance", "/api/v1/loans/" + id + "/cancel", "{\"version\": " + fixtures.versionOf(id)
                + ", \"reason\": \"x\"}").andExpect(jsonPath("$.code").value("sales.loan.illegal-transition"));
    }

    @Test
    void cancellingTheContractWithdrawsItsApplicationInProgress() throws Exception {
        Long contractId = fixtures.approvedFinancedContractOf("consultant1");
        Long id = open("consultant1", contractId, null).get("id").asLong();
        fixtures.as("consultant1", () -> {
            fulfilment.cancel(contractId, "客户改为全款购车", null, null);
            return null;
        });
        await().atMost(Duration.ofSeconds(15)).until(() -> "CANCELLED".equals(fixtures.statusOf(id)));
        assertThat(jdbc.queryForObject("select cancel_reason from sales_loan where id = ?", String.class, id))
                .contains("客户改为全款购车");
    }

    @Test
    void aConsultantOpensAndCollectsButCannotMoveTheApplicationAtTheLender() throws Exception {
        Long id = open("consultant1", fixtures.approvedFinancedContractOf("consultant1"), null).get("id").asLong();
        tick("consultant1", id, fixtures.documentTypeIds(id));
        for (String action : List.of("submit", "approve", "reject", "disburse", "cancel")) {
            fixtures.post("consultant1", "/api/v1/loans/" + id + "/" + action, "{\"version\": " + fixtures.versionOf(id)
                    + ", \"reason\": \"r\"}").andExpect(status().isForbidden());
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/loans/" + id + "/submit")
                        .param("version", String.valueOf(fixtures.versionOf(id))).with(logins.as("consultant1"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());
        assertThat(fixtures.statusOf(id)).isEqualTo("COLLECTING");
    }

    @Test
    void consultant2CannotReachConsultant1sApplicationWhileTheFinanceSpecialistSeesBoth() throws Exception {
        Long mine = open("consultant1", fixtures.approvedFinancedContractOf("consultant1"), null).get("id").asLong();
        Long theirs = open("consultant2", fixtures.approvedFinancedContractOf("consultant2"), null).get("id").asLong();
        mvc.perform(get("/loans/" + mine).with(logins.as("consultant2"))).andExpect(status().isNotFound());
        fixtures.call("consultant2", org.springframework.http.HttpMethod.GET, "/api/v1/loans/" + mine, null)
                .andExpect(status().isNotFound());
        fixtures.post("consultant2", "/api/v1/loans/" + mine + "/documents/" + fixtures.documentTypeIds(mine).get(0),
                "{\"received\": true, \"version\": " + fixtures.versionOf(mine) + "}").andExpect(status().isNotFound());
        assertThat(idsListedFor("consultant2")).contains(theirs).doesNotContain(mine);
        assertThat(idsListedFor("consultant1")).contains(mine).doesNotContain(theirs);
        assertThat(idsListedFor("finance")).contains(mine, theirs);
        String desk = mvc.perform(get("/loans").with(logins.as("consultant2"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(desk).contains("/loans/" + theirs + "\"").doesNotContain("/loans/" + mine + "\"");
    }

    private List<Long> idsListedFor(String user) throws Exception {
        JsonNode page = ApiClient.json(fixtures.call(user, org.springframework.http.HttpMethod.GET,
                "/api/v1/loans?status=COLLECTING", null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return page.get("items").valueStream().map(n -> n.get("id").asLong()).toList();
    }

    @Test
    void twoPeopleOpeningAnApplicationForTheSameContractAtOnceGetExactlyOne() throws Exception {
        Long contractId = fixtures.approvedFinancedContractOf("consultant1");
        String body = "{\"contractId\": " + contractId + "}";
        String consultant = fixtures.bearer("consultant1");
        String finance = fixtures.bearer("finance");
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> openAt(start, consultant, body));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> openAt(start, finance, body));
        assertThat(List.of(a.join(), b.join())).containsExactlyInAnyOrder(201, 409);
        assertThat(jdbc.queryForObject("select count(*) from sales_loan where contract_id = ?", Integer.class, contractId))
                .isEqualTo(1);
    }

    private int openAt(CyclicBarrier start, String bearer, String body) {
        try {
            start.await();
            return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/loans")
                    .header("Authorization", bearer).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(body)).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
