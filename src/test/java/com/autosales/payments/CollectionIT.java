package com.autosales.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.autosales.sales.ContractFixtures;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CollectionIT {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContractFixtures contracts;
    @Autowired CollectionWatch watch;
    @Autowired Clock clock;

    private int notices(String user, String key, String contractNumber) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and message_code = ?"
                + " and message_args like ?", Integer.class, user, key, "%" + contractNumber + "%");
    }

    private Long openTask(Long contractId) {
        return jdbc.queryForObject("select id from collection_task where open_contract_id = ?", Long.class, contractId);
    }

    @Test
    void overdueMoneyGetsOneTaskForTheConsultantIsEscalatedAfterAWeekAndClosesWhenPaid() throws Exception {
        Long contractId = contracts.approvedOf("consultant1", "CASH");
        contracts.action("consultant1", contractId, "sign", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from receivable_account where contract_id = ?", Integer.class, contractId) == 1);
        String number = jdbc.queryForObject("select number from sales_contract where id = ?", String.class, contractId);
        LocalDate today = LocalDate.now(clock);
        jdbc.update("update receivable_line set due_on = ? where contract_id = ?", today.minusDays(10), contractId);

        watch.check(today);
        watch.check(today);
        Long task = openTask(contractId);
        BigDecimal expected = jdbc.queryForObject("select expected from receivable_account where contract_id = ?",
                BigDecimal.class, contractId);
        assertThat(jdbc.queryForObject("select overdue_amount from collection_task where id = ?", BigDecimal.class, task))
                .isEqualByComparingTo(expected);
        assertThat(notices("consultant1", "payments.notice.overdue", number)).isEqualTo(1);
        assertThat(notices("salesmanager", "payments.notice.escalated", number)).isZero();

        jdbc.update("update collection_task set opened_on = ? where id = ?", today.minusDays(8), task);
        watch.check(today);
        watch.check(today);
        assertThat(notices("salesmanager", "payments.notice.escalated", number)).isEqualTo(1);

        String note = "{\"text\":\"电话联系，客户说下周一转账\",\"promisedOn\":\"" + today.plusDays(3) + "\"}";
        assertThat(mvc.perform(post("/api/v1/receivables/collection-tasks/" + task + "/notes")
                        .header("Authorization", "Bearer " + api.tokenFor("consultant2")).contentType(MediaType.APPLICATION_JSON)
                        .content(note)).andReturn().getResponse().getStatus()).isEqualTo(404);
        String tasks = mvc.perform(post("/api/v1/receivables/collection-tasks/" + task + "/notes")
                        .header("Authorization", "Bearer " + api.tokenFor("consultant1")).contentType(MediaType.APPLICATION_JSON)
                        .content(note)).andReturn().getResponse().getContentAsString();
        assertThat(tasks).contains("下周一转账", today.plusDays(3).toString());

        mvc.perform(post("/api/v1/payments").header("Authorization", "Bearer " + api.tokenFor("finance"))
                .header("Idempotency-Key", "c-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"contractId\":" + contractId + ",\"kind\":\"FINAL_PAYMENT\",\"channel\":\"BANK_TRANSFER\",\"amount\":"
                        + expected.toPlainString() + ",\"paidOn\":\"" + today + "\"}"));
        watch.check(today);
        assertThat(jdbc.queryForObject("select closed_on from collection_task where id = ?", LocalDate.class, task))
                .isEqualTo(today);
        assertThat(ApiClient.json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/receivables/collection-tasks").header("Authorization", "Bearer " + api.tokenFor("consultant1")))
                .andReturn().getResponse().getContentAsString()).toString()).doesNotContain(number);
    }
}
