package com.autosales.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Every open of a full customer card is logged, whichever way it is opened, and managers can review it. */
@IntegrationTest
class AccessLogIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;

    private long customer(String name) {
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    private int viewsOf(long id, String user) {
        return jdbc.queryForObject("select count(*) from access_log where record_type = 'customer' and record_ids = ? "
                + "and username = ? and action = 'VIEW'", Integer.class, String.valueOf(id), user);
    }

    @Test
    void openingACustomerCardIsLoggedWithWhoAndFromWhere() throws Exception {
        long id = customer("刘建华");
        int before = viewsOf(id, "consultant1");
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")).header("User-Agent", "Mozilla/5.0 (iPhone)"))
                .andExpect(status().isOk());
        assertThat(viewsOf(id, "consultant1")).isEqualTo(before + 1);
        String agent = jdbc.queryForObject("select user_agent from access_log where record_ids = ? and username = 'consultant1' "
                + "order by id desc limit 1", String.class, String.valueOf(id));
        assertThat(agent).contains("iPhone");
    }

    @Test
    void openingACardThroughTheApiIsLoggedToo() throws Exception {
        long id = customer("周敏");
        int before = viewsOf(id, "consultant2");
        mvc.perform(get("/api/v1/customers/" + id).header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andExpect(status().isOk());
        assertThat(viewsOf(id, "consultant2")).isEqualTo(before + 1);
    }

    @Test
    void aCardOutsideTheCallersScopeIsNotLoggedAsViewed() throws Exception {
        long id = customer("周敏");
        int before = viewsOf(id, "consultant1");
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1"))).andExpect(status().isNotFound());
        assertThat(viewsOf(id, "consultant1")).isEqualTo(before);
    }

    @Test
    void theGeneralManagerReviewsTheLogAndAConsultantMayNot() throws Exception {
        long id = customer("李娜");
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")));
        mvc.perform(get("/admin/access-log").param("recordId", String.valueOf(id)).with(logins.as("gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("consultant1")));
        mvc.perform(get("/admin/access-log").with(logins.as("consultant1"))).andExpect(status().isForbidden());
    }
}
