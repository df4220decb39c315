package com.autosales.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.ApiClient;
import com.autosales.support.BrowserlessSession;
import java.net.http.HttpResponse;
import org.springframework.boot.test.web.server.LocalServerPort;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ErrorPagesIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;

    @LocalServerPort int port;

    @Test
    void anUnknownPageIsAFriendlyChinese404() throws Exception {
        HttpResponse<String> page = new BrowserlessSession(port).login("consultant1", Logins.DEMO_PASSWORD).get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("您要找的页面不存在").doesNotContain("Whitelabel").doesNotContain("Exception");
    }

    @Test
    void theSame404InEnglish() throws Exception {
        HttpResponse<String> page = new BrowserlessSession(port).login("consultant1", Logins.DEMO_PASSWORD)
                .get("/no-such-page", "Cookie", "AUTOSALES_LANG=en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("The page you are looking for does not exist");
    }

    @Test
    void aForbiddenPageIsAFriendly403() throws Exception {
        mvc.perform(get("/admin/audit").with(logins.as("consultant1")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您没有权限执行此操作")));
    }

    @Test
    void aMalformedIdIsABadRequestNotAStackTrace() throws Exception {
        mvc.perform(get("/customers/abc").with(logins.as("consultant1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请求格式不正确")));
    }

    @Test
    void unknownApiPathsAnswerProblemJson() throws Exception {
        String token = api.tokenFor("consultant1");
        HttpResponse<String> answer = new BrowserlessSession(port).get("/api/v1/no-such-thing",
                "Authorization", "Bearer " + token, "Accept", "application/json");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ApiClient.json(answer.body()).get("code").asString()).isEqualTo("page-not-found");
    }

    @Test
    void apiPermissionsAreTheSameAsThePages() throws Exception {
        String token = api.tokenFor("consultant1");
        mvc.perform(get("/api/v1/audit-entries").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
    }
}
