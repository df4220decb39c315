package com.autosales.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ApprovalDeputiesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

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

    ResultActions appoint(String principal, String deputy, LocalDate from, LocalDate until) throws Exception {
        return mvc.perform(post("/api/v1/approval-deputies").header("Authorization", fixtures.bearer(principal))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"deputy\":\"" + deputy + "\",\"startsOn\":\"" + from + "\",\"endsOn\":\"" + until + "\"}"));
    }

    Long appointed(String principal, String deputy) throws Exception {
        String body = appoint(principal, deputy, TODAY, TODAY.plusDays(2)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ApiClient.json(body).get("id").asLong();
    }

    void end(String principal, Long arrangement) throws Exception {
        mvc.perform(delete("/api/v1/approval-deputies/" + arrangement).header("Authorization", fixtures.bearer(principal)))
                .andExpect(status().isNoContent());
    }

    @Test
    void aDeputyDecidesForTheAbsentManagerAndTheHistorySaysOnWhoseBehalf() throws Exception {
        Long arrangement = appointed("salesmanager", "clerk");
        try {
            assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'clerk' "
                    + "and message_code = 'approval.notice.deputy'", Integer.class)).isPositive();
            Long id = fixtures.creditLimitRequestBy("consultant1");
            assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'clerk' and link = ?",
                    Integer.class, "/approvals/" + id)).as("the deputy is told too").isEqualTo(1);
            mvc.perform(get("/api/v1/approvals").param("size", "100").header("Authorization", fixtures.bearer("clerk")))
                    .andExpect(content().string(containsString("\"id\":" + id)))
                    .andExpect(content().string(containsString("\"actingFor\":\"李明\"")));

            fixtures.decide("clerk", id, "APPROVE", "经理出差，代为审批").andExpect(status().isOk())
                    .andExpect(jsonPath("$.history[1].actor").value("clerk"))
                    .andExpect(jsonPath("$.history[1].onBehalfOf").value("salesmanager"))
                    .andExpect(jsonPath("$.approval.currentStep").value(2));
            mvc.perform(get("/approvals/" + id).with(logins.as("consultant1")))
                    .andExpect(content().string(containsString("陈静 同意")))
                    .andExpect(content().string(containsString("（代 李明 审批）")));
        } finally {
            end("salesmanager", arrangement);
        }
        Long later = fixtures.creditLimitRequestBy("consultant1");
        mvc.perform(get("/api/v1/approvals/" + later).header("Authorization", fixtures.bearer("clerk")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.canDecide").value(false));
    }

    @Test
    void deputyRulesAreExplained() throws Exception {
        appoint("consultant1", "consultant1", TODAY, TODAY).andExpect(jsonPath("$.code").value("approval.deputy-self"));
        appoint("consultant1", "nobody-here", TODAY, TODAY).andExpect(jsonPath("$.code").value("approval.deputy-unknown"));
        appoint("consultant1", "consultant2", TODAY.plusDays(3), TODAY).andExpect(jsonPath("$.code").value("approval.deputy-dates"));
        appoint("consultant1", "consultant2", null, TODAY).andExpect(status().isBadRequest());
        Long arrangement = appointed("consultant1", "consultant2");
        try {
            appoint("consultant1", "clerk", TODAY.plusDays(1), TODAY.plusDays(5))
                    .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("approval.deputy-overlap"));
            mvc.perform(delete("/api/v1/approval-deputies/" + arrangement).header("Authorization", fixtures.bearer("consultant2")))
                    .andExpect(status().isNotFound());
        } finally {
            end("consultant1", arrangement);
        }
    }

    @Test
    void aPersonSetsAndEndsTheirDeputyOnThePage() throws Exception {
        mvc.perform(get("/approvals/deputies").with(logins.as("finance")))
                .andExpect(content().string(containsString("指定代理人")))
                .andExpect(content().string(containsString("<option value=\"gm\">")));
        mvc.perform(post("/approvals/deputies").with(csrf()).with(logins.as("finance"))
                        .param("deputy", "finance").param("startsOn", TODAY.toString()).param("endsOn", TODAY.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不能指定自己为代理人")));
        mvc.perform(post("/approvals/deputies").with(csrf()).with(logins.as("finance"))
                        .param("deputy", "gm").param("startsOn", TODAY.toString()).param("endsOn", TODAY.plusDays(1).toString()))
                .andExpect(redirectedUrl("/approvals/deputies"));
        Long id = jdbc.queryForObject("select max(id) from approval_deputy where principal = 'finance'", Long.class);
        mvc.perform(get("/approvals/deputies").with(logins.as("gm"))).andExpect(content().string(containsString("赵敏")));
        mvc.perform(post("/approvals/deputies/" + id + "/cancel").with(csrf()).with(logins.as("gm")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/approvals/deputies/" + id + "/cancel").with(csrf()).with(logins.as("finance")))
                .andExpect(redirectedUrl("/approvals/deputies"));
        assertThat(jdbc.queryForObject("select cancelled_at from approval_deputy where id = ?", java.sql.Timestamp.class, id)).isNotNull();
    }
}
