package com.autosales.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApprovalDecisionsIT {

    @Autowired Approvals approvals;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApprovalEventsProbe probe;

    ApprovalFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ApprovalFixtures(approvals, users, mvc, api);
    }

    @Test
    void theManagersApprovalPassesItToTheGmWhoseApprovalGrantsItAndTellsTheRequestingModule() throws Exception {
        long recordId = ApprovalFixtures.newRecordId();
        Long id = fixtures.creditLimitRequestBy("consultant1", recordId);

        fixtures.decide("salesmanager", id, "APPROVE", "同意，客户信用良好").andExpect(status().isOk())
                .andExpect(jsonPath("$.approval.status").value("PENDING"))
                .andExpect(jsonPath("$.approval.currentStep").value(2))
                .andExpect(jsonPath("$.approval.waitingFor[0]").value("王建国"));
        assertThat(approvals.isApproved(ApprovalFixtures.RECORD_TYPE, recordId)).isFalse();
        assertThat(notices("gm", "approval.notice.waiting", id)).isEqualTo(1);

        fixtures.decide("gm", id, "APPROVE", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.approval.status").value("APPROVED"))
                .andExpect(jsonPath("$.history[2].actorName").value("王建国"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(probe.received()).contains(
                new ApprovalGranted(ApprovalId.of(id), "customers", ApprovalFixtures.RECORD_TYPE, recordId,
                        ApprovalPolicy.MANAGER_THEN_GM, "王建国")));
        assertThat(approvals.isApproved(ApprovalFixtures.RECORD_TYPE, recordId)).isTrue();
        assertThat(notices("consultant1", "approval.notice.granted", id)).isEqualTo(1);
        assertThat(jdbc.queryForList("select actor from audit_entry where entity_type = 'approval' and entity_id = ? "
                + "and action = 'APPROVE' order by id", String.class, String.valueOf(id))).containsExactly("salesmanager", "gm");
    }

    @Test
    void returningNeedsACommentAndThenEndsTheRequest() throws Exception {
        long recordId = ApprovalFixtures.newRecordId();
        Long id = fixtures.creditLimitRequestBy("consultant1", recordId);

        fixtures.decide("salesmanager", id, "RETURN", " ").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("approval.comment-required"));
        mvc.perform(post("/approvals/" + id + "/decision").with(csrf()).with(logins.as("salesmanager")).header("HX-Request", "true")
                        .param("decision", "RETURN").param("version", String.valueOf(fixtures.version("salesmanager", id))))
                .andExpect(header().string("HX-Retarget", "#flash"))
                .andExpect(content().string(containsString("退回时必须填写审批意见")));

        fixtures.decide("salesmanager", id, "RETURN", "额度过高，请先收回欠款").andExpect(status().isOk())
                .andExpect(jsonPath("$.approval.status").value("RETURNED"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(probe.received()).contains(
                new ApprovalReturned(ApprovalId.of(id), "customers", ApprovalFixtures.RECORD_TYPE, recordId,
                        ApprovalPolicy.MANAGER_THEN_GM, "额度过高，请先收回欠款", "李明")));
        assertThat(notices("consultant1", "approval.notice.returned", id)).isEqualTo(1);
        fixtures.decide("salesmanager", id, "APPROVE", null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("approval.not-pending"));
    }

    @Test
    void someoneWhoIsNotTheCurrentApproverCannotDecide() throws Exception {
        Long id = fixtures.creditLimitRequestBy("consultant1");
        long version = fixtures.version("consultant1", id);

        fixtures.decide("consultant2", id, "APPROVE", null, version).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/approvals/" + id).header("Authorization", fixtures.bearer("consultant2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/approvals/" + id + "/decision").with(csrf()).with(logins.as("consultant2"))
                .param("decision", "APPROVE").param("version", String.valueOf(version))).andExpect(status().isNotFound());

        fixtures.decide("gm", id, "APPROVE", null, version).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        fixtures.decide("consultant1", id, "APPROVE", null, version).andExpect(status().isForbidden());
        mvc.perform(post("/approvals/" + id + "/decision").with(csrf()).with(logins.as("gm"))
                .param("decision", "APPROVE").param("version", String.valueOf(version))).andExpect(status().isForbidden());
        assertThat(fixtures.details("consultant1", id).get("approval").get("currentStep").asInt()).isEqualTo(1);
    }

    @Test
    void theRequesterWithdrawsWhilePendingAndTheApproverIsTold() throws Exception {
        long recordId = ApprovalFixtures.newRecordId();
        Long id = fixtures.creditLimitRequestBy("consultant1", recordId);
        long version = fixtures.version("consultant1", id);

        mvc.perform(post("/api/v1/approvals/" + id + "/withdrawal").header("Authorization", fixtures.bearer("salesmanager"))
                .contentType("application/json").content("{\"version\":" + version + "}")).andExpect(status().isForbidden());
        mvc.perform(post("/approvals/" + id + "/withdrawal").with(csrf()).with(logins.as("consultant1"))
                .param("version", String.valueOf(version))).andExpect(redirectedUrl("/approvals/" + id));

        assertThat(fixtures.details("consultant1", id).get("approval").get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(notices("salesmanager", "approval.notice.withdrawn", id)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(probe.received()).contains(
                new ApprovalWithdrawn(ApprovalId.of(id), "customers", ApprovalFixtures.RECORD_TYPE, recordId,
                        ApprovalPolicy.MANAGER_THEN_GM)));
        mvc.perform(get("/approvals/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("张伟 撤回了审批")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"withdraw\""))));
        assertThat(fixtures.creditLimitRequestBy("consultant1", recordId)).as("a withdrawn request can be asked again").isNotNull();
    }

    @Test
    void theHistoryFragmentShowsEachStepWithWhoWhenAndWhy() throws Exception {
        long recordId = ApprovalFixtures.newRecordId();
        Long id = fixtures.creditLimitRequestBy("consultant1", recordId);
        fixtures.decide("salesmanager", id, "APPROVE", "价格合理").andExpect(status().isOk());
        fixtures.decide("gm", id, "RETURN", "额度过高").andExpect(status().isOk());
        String path = "/approvals/history?recordType=" + ApprovalFixtures.RECORD_TYPE + "&recordId=" + recordId;

        mvc.perform(get(path).with(logins.as("consultant1")).header("HX-Request", "true"))
                .andExpect(content().string(containsString("张伟 提交审批")))
                .andExpect(content().string(containsString("测试申请理由")))
                .andExpect(content().string(containsString("李明 同意")))
                .andExpect(content().string(containsString("价格合理")))
                .andExpect(content().string(containsString("王建国 退回")))
                .andExpect(content().string(containsString("额度过高")))
                .andExpect(content().string(containsString("已退回")));
        mvc.perform(get(path).with(logins.as("consultant1")).cookie(new jakarta.servlet.http.Cookie("AUTOSALES_LANG", "en")))
                .andExpect(content().string(containsString("李明 approved")))
                .andExpect(content().string(containsString("Credit limit change for customer")));
        mvc.perform(get(path).with(logins.as("consultant2")))
                .andExpect(content().string(containsString("暂无审批记录")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("价格合理"))));
    }

    int notices(String username, String key, Long approvalId) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and message_code = ? and link = ?",
                Integer.class, username, key, "/approvals/" + approvalId);
    }
}
