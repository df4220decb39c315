package com.autosales.payments;

import com.autosales.support.StoreToday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.sales.ContractFixtures;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PaymentPagesIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContractFixtures contracts;

    private String page(String user, String path, String language) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)).cookie(new Cookie("AUTOSALES_LANG", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void everyPaymentPageHasItsLabelsInEnglishAndChineseAndARefusalSaysWhy() throws Exception {
        Long contractId = contracts.approvedOf("consultant1", "CASH");
        contracts.action("consultant1", contractId, "sign", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from receivable_account where contract_id = ?", Integer.class, contractId) == 1);
        String form = page("finance", "/payments/new?contractId=" + contractId, "zh-CN");
        String key = form.replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");
        assertThat(key).startsWith("form-");

        String refused = mvc.perform(post("/payments").with(csrf()).with(logins.as("finance"))
                        .param("contractId", String.valueOf(contractId)).param("kind", "DEPOSIT").param("channel", "CASH")
                        .param("amount", "99999999").param("paidOn", StoreToday.date().toString()).param("idempotencyKey", key))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("超过了未收余额", key);
        assertThat(jdbc.queryForObject("select count(*) from payment where contract_id = ?", Integer.class, contractId)).isZero();

        mvc.perform(post("/payments").with(csrf()).with(logins.as("finance")).param("contractId", String.valueOf(contractId))
                .param("kind", "DEPOSIT").param("channel", "CASH").param("amount", "5000")
                .param("paidOn", StoreToday.date().toString()).param("idempotencyKey", key)).andExpect(status().is3xxRedirection());
        Long paymentId = jdbc.queryForObject("select id from payment where idempotency_key = ?", Long.class, key);
        for (String language : new String[] {"en", "zh-CN"}) {
            for (String path : new String[] {"/payments", "/payments/new", "/payments/new?contractId=" + contractId,
                    "/payments/" + paymentId, "/receivables", "/receivables?openOnly=false", "/receivables/collection", "/contracts/" + contractId}) {
                assertThat(page("finance", path, language)).as(path + " " + language).doesNotContain("??");
            }
            assertThat(page("finance", "/payments/for-contract/" + contractId, language)).doesNotContain("??");
        }
        assertThat(page("finance", "/receivables", "en")).contains("Receivables ageing", "Not yet due");
        assertThat(page("consultant2", "/payments", "zh-CN")).doesNotContain("SK" + String.format("%06d", paymentId));
    }
}
