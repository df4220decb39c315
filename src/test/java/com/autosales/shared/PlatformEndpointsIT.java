package com.autosales.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Health is public; metrics are for admins; API docs need a login. */
@IntegrationTest
class PlatformEndpointsIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;

    @Test
    void healthIsPublicAndShowsNoDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(content().string(not(containsString("components"))));
    }

    @Test
    void prometheusMetricsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(logins.as("consultant1"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + api.tokenFor("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void apiDocsNeedALogin() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/v3/api-docs").with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/auth/token")))
                .andExpect(content().string(containsString("/api/v1/customers")));
    }

    @Test
    void theWorkbenchShowsTheShellWithNavigationForTheRole() throws Exception {
        mvc.perform(get("/").with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您好，张伟")))
                .andExpect(content().string(containsString("客户档案")))
                .andExpect(content().string(containsString("上海浦东4S店")))
                .andExpect(content().string(not(containsString("审计日志"))));
        mvc.perform(get("/").with(logins.as("admin")))
                .andExpect(content().string(containsString("审计日志")));
    }
}
