package com.autosales.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/** Group-level users look at one store at a time, or the whole group; store users cannot leave their store. */
@IntegrationTest
class StoreSwitchIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;

    private long store(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    @Test
    void anAdminSwitchesToTheDistributorAndSeesOnlyItsCustomersThenBackToTheGroup() throws Exception {
        Cookie session = mvc.perform(post("/store-context").param("storeId", String.valueOf(store("HD-PARTS")))
                        .header("Referer", "http://localhost/customers").with(csrf()).with(logins.as("admin")))
                .andExpect(redirectedUrl("/customers"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/customers").param("q", "王芳").with(logins.as("admin")).cookie(session))
                .andExpect(content().string(not(containsString("13912340001"))));
        mvc.perform(get("/customers").param("q", "苏州顺达").with(logins.as("admin")).cookie(session))
                .andExpect(content().string(containsString("苏州顺达汽配批发部")))
                .andExpect(content().string(containsString("华东配件经销中心")));
        mvc.perform(post("/store-context").with(csrf()).with(logins.as("admin")).cookie(session));
        mvc.perform(get("/customers").param("q", "苏州顺达").with(logins.as("admin")).cookie(session))
                .andExpect(content().string(containsString("苏州顺达汽配批发部")));
        mvc.perform(get("/customers").param("q", "王芳").with(logins.as("admin")).cookie(session))
                .andExpect(content().string(containsString("13912340001")));
    }

    @Test
    void aConsultantCannotSwitchToAnotherStore() throws Exception {
        Cookie session = mvc.perform(post("/store-context").param("storeId", String.valueOf(store("HD-PARTS")))
                        .with(csrf()).with(logins.as("consultant1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("您无权查看该门店")))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/customers").param("q", "王芳").with(logins.as("consultant1"))
                        .cookie(session == null ? new Cookie("x", "y") : session))
                .andExpect(content().string(containsString("13912340001")));
    }

    @Test
    void aSingleStoreUserSeesNoStoreSwitch() throws Exception {
        mvc.perform(get("/").with(logins.as("gm")))
                .andExpect(content().string(not(containsString("id=\"store-menu\""))));
        mvc.perform(get("/").with(logins.as("admin")))
                .andExpect(content().string(containsString("id=\"store-menu\"")));
    }

    @Test
    void inTheGroupViewAnAdminCannotRegisterACustomerWithoutChoosingAStore() throws Exception {
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("admin"))
                        .param("kind", "INDIVIDUAL").param("name", "无门店客户").param("lifecycle", "POTENTIAL"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请先在顶部栏选择一个门店")));
    }
}
