package com.autosales.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Gets API bearer tokens for demo users the way a real client does. */
@Component
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    ApiClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    public String tokenFor(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + Logins.DEMO_PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString();
        JsonNode node = JSON.readTree(body);
        return node.get("accessToken").asString();
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
