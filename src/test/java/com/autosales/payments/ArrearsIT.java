package com.autosales.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.sales.ContractFixtures;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ArrearsIT {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContractFixtures contracts;
    @Autowired CollectionWatch watch;
    @Autowired Clock clock;
    private final Map<String, Long> customerIds = new HashMap<>();

    /** consultant1's cash contract, signed, for a customer of its own, wholly overdue since {@code days} ago. */
    private Long overdueContract(String customer, long days) throws Exception {
        Long id = contracts.approvedOf("consultant1", "CASH");
        contracts.action("consultant1", id, "sign", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from receivable_account where contract_id = ?", Integer.class, id) == 1);
        // the fixtures sell to the consultant's first customer: each debtor here gets a customer of its own
        jdbc.update("update receivable_account set customer_id = ?, customer_name = ? where contract_id = ?",
                customerIds.computeIfAbsent(customer, k -> 900_000_000L + id), customer, id);
        jdbc.update("update receivable_line set due_on = ? where contract_id = ?", LocalDate.now(clock).minusDays(days), id);
        return id;
    }

    private BigDecimal expected(Long contractId) {
        return jdbc.queryForObject("select expected from receivable_account where contract_id = ?", BigDecimal.class, contractId);
    }

    private Long task(Long contractId) {
        return jdbc.queryForObject("select id from collection_task where open_contract_id = ?", Long.class, contractId);
    }

    private JsonNode read(String user, String path) throws Exception {
        return ApiClient.json(mvc.perform(get(path).header("Authorization", "Bearer " + api.tokenFor(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private void apiNote(String user, Long task, String cause) throws Exception {
        mvc.perform(post("/api/v1/receivables/collection-tasks/" + task + "/notes")
                .header("Authorization", "Bearer " + api.tokenFor(user)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"电话联系客户\",\"cause\":\"" + cause + "\"}")).andExpect(status().isOk());
    }

    private static BigDecimal causeAmount(JsonNode analysis, String cause) {
        for (JsonNode c : analysis.get("byCause")) {
            if (cause.equals(c.get("cause").isNull() ? "NONE" : c.get("cause").asString())) {
                return c.get("amount").decimalValue();
            }
        }
        throw new AssertionError(cause);
    }

    @Test
    void overdueMoneyByCauseTrendAndTopDebtorsWithinTheReadersScope() throws Exception {
        JsonNode before = read("finance", "/api/v1/receivables/arrears");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String big = "欠款大户" + tag;
        String small = "欠款小户" + tag;
        Long big1 = overdueContract(big, 40);
        Long big2 = overdueContract(big, 100);
        Long big3 = overdueContract(big, 10);
        Long small1 = overdueContract(small, 5);
        watch.check(LocalDate.now(clock));

        apiNote("consultant1", task(big1), "LOAN_PENDING");
        apiNote("consultant1", task(big2), "DISPUTE");
        apiNote("consultant1", task(big2), "DOCUMENTS");
        mvc.perform(post("/receivables/collection/" + task(small1) + "/notes").with(csrf()).with(logins.as("consultant1"))
                .param("text", "客户电话关机").param("cause", "UNREACHABLE")
                .param("promisedOn", LocalDate.now(clock).plusDays(2).toString())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/receivables/collection/" + task(small1) + "/notes").with(csrf()).with(logins.as("consultant1"))
                .param("text", "再次联系未接通").param("cause", "")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select cause from collection_task where id = ?", String.class, task(small1)))
                .as("a note without a cause keeps the one recorded").isEqualTo("UNREACHABLE");
        assertThat(jdbc.queryForList("select cause from collection_note where task_id = ? order by id", String.class,
                task(big2))).containsExactly("DISPUTE", "DOCUMENTS");

        JsonNode after = read("finance", "/api/v1/receivables/arrears");
        assertThat(causeAmount(after, "LOAN_PENDING").subtract(causeAmount(before, "LOAN_PENDING")))
                .isEqualByComparingTo(expected(big1));
        assertThat(causeAmount(after, "DOCUMENTS").subtract(causeAmount(before, "DOCUMENTS")))
                .isEqualByComparingTo(expected(big2));
        assertThat(causeAmount(after, "DISPUTE")).isEqualByComparingTo(causeAmount(before, "DISPUTE"));
        assertThat(causeAmount(after, "UNREACHABLE").subtract(causeAmount(before, "UNREACHABLE")))
                .isEqualByComparingTo(expected(small1));
        BigDecimal byCause = BigDecimal.ZERO;
        for (JsonNode c : after.get("byCause")) {
            byCause = byCause.add(c.get("amount").decimalValue());
        }
        assertThat(byCause).isEqualByComparingTo(after.get("overdueTotal").decimalValue());

        List<String> names = new ArrayList<>();
        BigDecimal previous = null;
        for (JsonNode d : after.get("topDebtors")) {
            names.add(d.get("customerName").asString());
            if (previous != null) {
                assertThat(d.get("overdue").decimalValue()).isLessThanOrEqualTo(previous);
            }
            previous = d.get("overdue").decimalValue();
        }
        assertThat(names).hasSizeLessThanOrEqualTo(10).contains(big);
        if (names.contains(small)) {
            assertThat(names.indexOf(big)).isLessThan(names.indexOf(small));
        }
        JsonNode bigDebtor = after.get("topDebtors").get(names.indexOf(big));
        assertThat(bigDebtor.get("overdue").decimalValue())
                .isEqualByComparingTo(expected(big1).add(expected(big2)).add(expected(big3)));
        assertThat(bigDebtor.get("contracts")).hasSize(3);
        assertThat(bigDebtor.get("oldestDaysOverdue").asLong()).isEqualTo(100);
        assertThat(bigDebtor.get("lastNote").asString()).isEqualTo("电话联系客户");

        JsonNode ageing = read("finance", "/api/v1/receivables/ageing");
        JsonNode trend = after.get("trend");
        assertThat(trend).hasSize(6);
        assertThat(trend.get(5).get("asOf").asString()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(trend.get(5).get("overdue").decimalValue()).isEqualByComparingTo(
                ageing.get("total").decimalValue().subtract(ageing.get("totals").get("CURRENT").decimalValue()));
        assertThat(trend.get(5).get("overdue").decimalValue()).isEqualByComparingTo(after.get("overdueTotal").decimalValue());

        assertThat(read("consultant1", "/api/v1/receivables/arrears").toString()).contains(big, small);
        assertThat(read("consultant2", "/api/v1/receivables/arrears").toString()).doesNotContain(big, small);
    }

    @Test
    void theAgeingPerStoreAddsUpToWhatTheContractsExpectLessTheLedger() throws Exception {
        overdueContract("门店账龄" + UUID.randomUUID().toString().substring(0, 6), 70);
        Long store = jdbc.queryForObject("select store_id from app_user where username = 'finance'", Long.class);
        BigDecimal expected = jdbc.queryForObject("select coalesce(sum(expected), 0) from receivable_account"
                + " where store_id = ? and cancelled = false", BigDecimal.class, store);
        BigDecimal ledger = jdbc.queryForObject("select coalesce(sum(p.amount), 0) from payment p join receivable_account a"
                + " on a.contract_id = p.contract_id where a.store_id = ? and a.cancelled = false", BigDecimal.class, store);

        JsonNode ageing = read("finance", "/api/v1/receivables/ageing");

        assertThat(ageing.get("total").decimalValue()).isEqualByComparingTo(expected.subtract(ledger));
        for (String breakdown : new String[] {"byCustomer", "byConsultant", "byStore"}) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode row : ageing.get(breakdown)) {
                sum = sum.add(row.get("total").decimalValue());
            }
            assertThat(sum).as(breakdown).isEqualByComparingTo(expected.subtract(ledger));
        }
        assertThat(ageing.get("byStore")).singleElement().satisfies(row ->
                assertThat(row.get("name").asString()).doesNotStartWith("#").isNotBlank());
    }

    @Test
    void theAnalysisPageRendersInChineseAndEnglish() throws Exception {
        overdueContract("页面欠款" + UUID.randomUUID().toString().substring(0, 6), 30);
        String zh = mvc.perform(get("/receivables/arrears").with(logins.as("finance"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("拖欠分析", "按拖欠原因", "贷款未放款", "arrears-cause-chart", "arrears-trend-chart",
                "/js/arrears-charts.js").doesNotContain("??");
        String en = mvc.perform(get("/receivables/arrears").param("lang", "en").with(logins.as("finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Arrears analysis", "By cause", "Loan not disbursed yet", "Customers owing most")
                .doesNotContain("??");
        String receivables = mvc.perform(get("/receivables").param("lang", "en").with(logins.as("finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(receivables).contains("ageing-stores", "By store", "/receivables/arrears").doesNotContain("??");
        String collection = mvc.perform(get("/receivables/collection").param("lang", "en").with(logins.as("finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(collection).contains("Cause (unchanged)").doesNotContain("??");
    }
}
