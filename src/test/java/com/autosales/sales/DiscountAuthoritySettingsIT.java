package com.autosales.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DiscountAuthoritySettingsIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired QuoteFixtures fixtures;
    @Autowired Clock clock;

    @Test
    void theGmLowersTheConsultantsAuthorityForTheStoreAndASmallerDiscountThenNeedsApproval() throws Exception {
        Long consultantPosition = jdbc.queryForObject("select id from org_position where code = 'sales-consultant'", Long.class);
        mvc.perform(get("/quotes/settings").with(logins.as("gm"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("authority-" + consultantPosition)));
        mvc.perform(get("/quotes/settings").with(logins.as("consultant1"))).andExpect(status().isForbidden());
        try {
            mvc.perform(post("/quotes/settings").with(csrf()).with(logins.as("gm"))
                            .param("positionId", String.valueOf(consultantPosition)).param("maxPercent", "1")
                            .param("maxAmount", "2000"))
                    .andExpect(status().is3xxRedirection());
            assertThat(fixtures.draftByConsultant1(3000).get("needsApproval").asBoolean()).isTrue();
        } finally {
            jdbc.update("delete from sales_discount_authority where store_id is not null");
        }
        assertThat(fixtures.draftByConsultant1(3000).get("needsApproval").asBoolean()).isFalse();
    }

    @Test
    void theGmSetsHowLongTheStoresQuotesStayValidAndBadValuesChangeNothing() throws Exception {
        try {
            mvc.perform(post("/quotes/settings/terms").with(csrf()).with(logins.as("gm")).param("validityDays", "0")
                            .param("insuranceCommission", "15").param("financeCommission", "2"))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select count(*) from sales_quote_setting where store_id is not null", Integer.class))
                    .isZero();
            mvc.perform(post("/quotes/settings/terms").with(csrf()).with(logins.as("gm")).param("validityDays", "10")
                            .param("insuranceCommission", "12.5").param("financeCommission", "1.5"))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/quotes/settings").with(logins.as("gm"))).andExpect(content().string(containsString("12.50")));
            Long id = fixtures.draftByConsultant1(3000).get("id").asLong();
            assertThat(ApiClient.json(fixtures.action("consultant1", id, "issue", null)).get("validUntil").asString())
                    .isEqualTo(LocalDate.now(clock).plusDays(10).toString());
        } finally {
            jdbc.update("delete from sales_quote_setting where store_id is not null");
        }
    }
}
