package com.autosales.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ApprovalInboxIT {

    @Autowired Approvals approvals;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;

    ApprovalFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ApprovalFixtures(approvals, users, mvc, api);
    }

    private JsonNode inboxOf(String username) throws Exception {
        return ApiClient.json(mvc.perform(get("/api/v1/approvals").param("size", "100")
                .header("Authorization", fixtures.bearer(username))).andReturn().getResponse().getContentAsString());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void aRequestWaitsInTheManagersInboxOldestFirstAndTheBadgeCountsIt() throws Exception {
        Long older = fixtures.creditLimitRequestBy("consultant1");
        Long newer = fixtures.creditLimitRequestBy("consultant1");

        JsonNode inbox = inboxOf("salesmanager");
        List<Long> waiting = ids(inbox);
        assertThat(waiting).contains(older, newer);
        assertThat(waiting.indexOf(older)).isLessThan(waiting.indexOf(newer));
        List<String> requestedAt = new ArrayList<>();
        inbox.get("items").forEach(item -> requestedAt.add(item.get("requestedAt").asString()));
        assertThat(requestedAt).isSortedAccordingTo((a, b) -> java.time.Instant.parse(a).compareTo(java.time.Instant.parse(b)));
        assertThat(inbox.get("items").get(0).get("title").asString()).as("the demo request is the oldest").contains("王芳");

        long total = inbox.get("totalItems").asLong();
        mvc.perform(get("/approvals/badge").with(logins.as("salesmanager")))
                .andExpect(content().string(containsString(">" + total + "<")));
        mvc.perform(get("/api/v1/approvals/count").header("Authorization", fixtures.bearer("salesmanager")))
                .andExpect(content().string(containsString("\"waiting\":" + total)));
        assertThat(ids(inboxOf("consultant1"))).doesNotContain(older, newer);
        assertThat(ids(inboxOf("gm"))).as("the GM's turn comes after the manager's").doesNotContain(older);
    }

    @Test
    void theInboxPageListsEverythingWaitingWithTheRecordOneClickAway() throws Exception {
        Long id = fixtures.creditLimitRequestBy("consultant2");
        String page = mvc.perform(get("/approvals").with(logins.as("salesmanager")))
                .andExpect(content().string(containsString("approval-row-" + id)))
                .andExpect(content().string(containsString("信用额度调整为 80000 元")))
                .andExpect(content().string(containsString("刘洋 提交于")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/customers\"").contains("/approvals/" + id + "/decision");
        assertThat(page.indexOf("王芳")).as("oldest first").isLessThan(page.indexOf("approval-row-" + id));
        mvc.perform(get("/approvals").param("tab", "requested").with(logins.as("consultant2")))
                .andExpect(content().string(containsString("approval-row-" + id)))
                .andExpect(content().string(containsString("/approvals/" + id + "/withdrawal")));
        mvc.perform(get("/").with(logins.as("salesmanager")))
                .andExpect(content().string(containsString("待我审批")));
    }

    @Test
    void theApproverIsNotifiedWhenTheItemReachesThem() throws Exception {
        Long id = fixtures.creditLimitRequestBy("consultant1");
        assertThat(noticesTo("salesmanager", "approval.notice.waiting", id)).isEqualTo(1);
        assertThat(noticesTo("gm", "approval.notice.waiting", id)).isZero();
        mvc.perform(get("/notifications").with(logins.as("salesmanager")))
                .andExpect(content().string(containsString("张伟 提交的审批单 #" + id + " 待您审批")));
    }

    @Test
    void anApproverDecidesRightInTheInboxRow() throws Exception {
        Long id = fixtures.creditLimitRequestBy("consultant1");
        long version = fixtures.version("salesmanager", id);
        mvc.perform(post("/approvals/" + id + "/decision").with(csrf()).with(logins.as("salesmanager"))
                        .header("HX-Request", "true").param("decision", "APPROVE").param("version", String.valueOf(version)))
                .andExpect(content().string(containsString("approval-row-" + id)))
                .andExpect(content().string(containsString("已同意，已转给 王建国 审批")))
                .andExpect(content().string(containsString("hx-swap-oob")))
                .andExpect(content().string(not(containsString("decision-form"))));
        assertThat(noticesTo("gm", "approval.notice.waiting", id)).isEqualTo(1);
    }

    int noticesTo(String username, String key, Long approvalId) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and message_code = ? and link = ?",
                Integer.class, username, key, "/approvals/" + approvalId);
    }
}
