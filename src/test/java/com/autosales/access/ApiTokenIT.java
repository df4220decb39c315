package com.autosales.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiTokenIT {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;

    @Test
    void usernameAndPasswordBuyABearerTokenWithAnExpiry() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"consultant1\",\"password\":\"Demo@2026\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accessToken", notNullValue()))
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresIn").value(28800));
    }

    @Test
    void aWrongPasswordGetsA401Problem() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"consultant1\",\"password\":\"nope\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("bad-credentials"));
    }

    @Test
    void aMissingPasswordIsAValidationProblemNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void brokenJsonIsAProblemNotAStackTrace() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{nope"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-request"));
    }

    @Test
    void aBadTokenIsRefusedWith401ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid-token"))
                .andExpect(jsonPath("$.detail").value(containsString("令牌")));
    }

    @Test
    void noTokenAtAllIsA401InTheClientsLanguage() throws Exception {
        mvc.perform(get("/api/v1/customers").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthorized"))
                .andExpect(jsonPath("$.detail").value("Please log in first."));
    }

    @Test
    void aValidTokenOpensTheApiAndRevokingItClosesIt() throws Exception {
        String token = api.tokenFor("consultant1");
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theApiKeepsNoSession() throws Exception {
        String token = api.tokenFor("consultant1");
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + token))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getCookie("SESSION")).isNull());
    }
}
