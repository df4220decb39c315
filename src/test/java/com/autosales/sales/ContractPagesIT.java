package com.autosales.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ContractPagesIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContractFixtures fixtures;

    private String page(String user, String path, String language) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)).cookie(new Cookie("AUTOSALES_LANG", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void everyContractPageHasItsLabelsInEnglishAndChinese() throws Exception {
        Long quoteId = fixtures.acceptedQuote();
        Long signed = fixtures.signed();
        for (String language : new String[] {"en", "zh-CN"}) {
            for (String path : new String[] {"/contracts", "/contracts/new?quoteId=" + quoteId, "/contracts/" + signed,
                    "/quotes/" + quoteId}) {
                assertThat(page("consultant1", path, language)).as(path + " " + language).doesNotContain("??");
            }
            assertThat(page("gm", "/contracts/template", language)).doesNotContain("??");
        }
        assertThat(page("consultant1", "/contracts/" + signed, "en")).contains("Signed", "Deposit", "Archive", "-v1.pdf");
        assertThat(page("consultant1", "/contracts/" + signed, "zh-CN")).contains("已签订", "合同存档", "申请合同变更");
    }

    @Test
    void aRefusedStepOnThePageSaysWhyAndChangesNothing() throws Exception {
        Long id = fixtures.draft().get("id").asLong();
        mvc.perform(post("/contracts/" + id + "/sign").with(csrf()).with(logins.as("consultant1")))
                .andExpect(redirectedUrl("/contracts/" + id))
                .andExpect(flash().attribute("errorMessage", "合同当前状态不允许此操作。"));
        assertThat(fixtures.statusOf(id)).isEqualTo("DRAFT");
        mvc.perform(post("/contracts/" + id + "/submit").with(csrf()).with(logins.as("consultant1")).param("comment", "请审核"))
                .andExpect(redirectedUrl("/contracts/" + id)).andExpect(flash().attribute("successKey", "sales.contract.done.submitted"));
        assertThat(fixtures.statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void theGmChangesTheStoresTermsAndNewContractsStartWithThem() throws Exception {
        String terms = "第一条 测试条款：车辆以合同约定为准。\n第二条 本合同自签字之日起生效。";
        mvc.perform(post("/contracts/template").with(csrf()).with(logins.as("gm")).param("terms", terms))
                .andExpect(redirectedUrl("/contracts/template"));
        try {
            assertThat(page("consultant1", "/contracts/new?quoteId=" + fixtures.acceptedQuote(), "zh-CN")).contains("测试条款");
            mvc.perform(post("/contracts/template").with(csrf()).with(logins.as("consultant1")).param("terms", "x"))
                    .andExpect(status().isForbidden());
        } finally {
            jdbc.update("delete from sales_contract_template where store_id is not null");
        }
    }
}
