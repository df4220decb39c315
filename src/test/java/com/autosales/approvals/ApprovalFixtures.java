package com.autosales.approvals;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.autosales.shared.Money;
import com.autosales.support.ApiClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Requests made the way a module makes them (as the signed-in user), and API calls of approvers. */
final class ApprovalFixtures {

    static final String RECORD_TYPE = "it-credit-limit";
    private static final AtomicLong NEXT_RECORD = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Approvals approvals;
    private final UserDetailsService users;
    private final MockMvc mvc;
    private final ApiClient api;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    ApprovalFixtures(Approvals approvals, UserDetailsService users, MockMvc mvc, ApiClient api) {
        this.approvals = approvals;
        this.users = users;
        this.mvc = mvc;
        this.api = api;
    }

    static long newRecordId() {
        return NEXT_RECORD.incrementAndGet();
    }

    /** {@code username} asks for a credit-limit change of a fresh record through the generic manager-then-GM policy. */
    Long creditLimitRequestBy(String username, long recordId) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return approvals.request(ApprovalRequest.of("customers", RECORD_TYPE, recordId, ApprovalPolicy.MANAGER_THEN_GM)
                    .titled("approval.title.credit-limit", "测试客户" + recordId, "80000")
                    .linkedTo("/customers")
                    .withAmount(Money.of(80000))
                    .withNote("测试申请理由")).value();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    Long creditLimitRequestBy(String username) {
        return creditLimitRequestBy(username, newRecordId());
    }

    JsonNode details(String username, Long id) throws Exception {
        return ApiClient.json(mvc.perform(get("/api/v1/approvals/" + id).header("Authorization", bearer(username)))
                .andReturn().getResponse().getContentAsString());
    }

    long version(String username, Long id) throws Exception {
        return details(username, id).get("approval").get("version").asLong();
    }

    ResultActions decide(String username, Long id, String decision, String comment, long version) throws Exception {
        String body = "{\"decision\":\"" + decision + "\",\"version\":" + version
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        return mvc.perform(post("/api/v1/approvals/" + id + "/decision").header("Authorization", bearer(username))
                .contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()));
    }

    /** Decides with the version the approver reads first, as a client would. */
    ResultActions decide(String username, Long id, String decision, String comment) throws Exception {
        return decide(username, id, decision, comment, version(username, id));
    }

    String bearer(String username) throws Exception {
        String token = tokens.get(username);
        if (token == null) {
            token = api.tokenFor(username);
            tokens.put(username, token);
        }
        return "Bearer " + token;
    }
}
