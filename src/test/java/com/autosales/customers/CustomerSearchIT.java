package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Consultants find customers the way they type on a phone keyboard: pinyin, initials, a piece of the number. */
@IntegrationTest
class CustomerSearchIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;

    @Test
    void findsACustomerByPinyinInitialsAndFullPinyin() throws Exception {
        mvc.perform(get("/customers").param("q", "ljh").with(logins.as("consultant1")))
                .andExpect(content().string(containsString("刘建华")));
        mvc.perform(get("/customers").param("q", "liu jianhua").with(logins.as("consultant1")))
                .andExpect(content().string(containsString("刘建华")))
                .andExpect(content().string(not(containsString("王芳"))));
    }

    @Test
    void findsACustomerByAnyPartOfThePhoneNumber() throws Exception {
        mvc.perform(get("/customers").param("q", "1234 0004").with(logins.as("consultant1")))
                .andExpect(content().string(containsString("刘建华")));
    }

    @Test
    void pinyinSearchStillRespectsTheDataScope() throws Exception {
        mvc.perform(get("/customers").param("q", "hzq").with(logins.as("consultant1")))
                .andExpect(content().string(not(containsString("黄志强"))));
    }

    @Test
    void aPhoneAlreadyRegisteredInTheStoreIsCaughtEvenWrittenDifferentlyAndNothingIsSaved() throws Exception {
        int before = jdbc.queryForObject("select count(*) from customer", Integer.class);
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "INDIVIDUAL").param("name", "黄先生").param("phone", "137-1234-0011")
                        .param("lifecycle", "POTENTIAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该电话号码已登记在客户“黄志强”名下（负责顾问：刘洋）")))
                .andExpect(content().string(not(containsString("id=\"open-duplicate\""))));
        assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class)).isEqualTo(before);
    }

    @Test
    void theOwnerOfTheDuplicateGetsALinkToTheExistingCard() throws Exception {
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "INDIVIDUAL").param("name", "王女士").param("phone", "13912340001")
                        .param("lifecycle", "POTENTIAL"))
                .andExpect(content().string(containsString("id=\"open-duplicate\"")));
    }

    @Test
    void theApiAnswersADuplicatePhoneWith409() throws Exception {
        mvc.perform(post("/api/v1/customers").header("Authorization", "Bearer " + api.tokenFor("consultant2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INDIVIDUAL\",\"name\":\"重复\",\"phone\":\"13912340002\",\"lifecycle\":\"NEW\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("customer.duplicate-phone"));
    }
}
