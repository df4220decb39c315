package com.autosales.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.access.AccessSetup;
import com.autosales.customers.CustomerManagement;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** 离职交接: when someone leaves, nothing is orphaned — customers and reports go to the successor, the login stops. */
@IntegrationTest
class DeactivationIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgSetup setup;
    @Autowired AccessSetup access;
    @Autowired CustomerManagement customers;

    private OrgFixtures org;

    @BeforeEach
    void fixtures() {
        org = new OrgFixtures(setup, customers, jdbc);
    }

    private String loginFor(Long employee) {
        String username = "leaver-" + OrgFixtures.unique().toLowerCase();
        access.createUser(new AccessSetup.NewUser(username, Logins.DEMO_PASSWORD, "离职测试", null, employee, org.store(),
                List.of("consultant")));
        return username;
    }

    private String statusOf(Long employee) {
        return jdbc.queryForObject("select status from org_employee where id = ?", String.class, employee);
    }

    @Test
    void theLeaversCustomersAndReportsGoToTheSuccessorAndTheLeaverCanNoLongerLogIn() throws Exception {
        Long team = org.salesTeam("离职交接组", 3);
        Long leaver = org.consultantIn(team, "冯远");
        Long junior = setup.hire("T" + OrgFixtures.unique(), "冯小", null, "sales-consultant", team, leaver, LocalDate.of(2025, 9, 1));
        Long successor = org.consultantIn(team, "陈接");
        List<Long> owned = List.of(org.customerOf(leaver, "交接客户一" + OrgFixtures.unique()),
                org.customerOf(leaver, "交接客户二" + OrgFixtures.unique()),
                org.customerOf(leaver, "交接客户三" + OrgFixtures.unique()));
        String username = loginFor(leaver);
        mvc.perform(formLogin().user(username).password(Logins.DEMO_PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/org/employees/" + leaver + "/deactivate").with(logins.as("admin")))
                .andExpect(content().string(containsString("将移交：3 条客户等记录，1 名直接下属。")))
                .andExpect(content().string(containsString("陈接")));

        mvc.perform(post("/org/employees/" + leaver + "/deactivate").with(csrf()).with(logins.as("admin"))
                        .param("version", String.valueOf(org.employeeVersion(leaver)))
                        .param("successorId", successor.toString()).param("reason", "个人原因离职").param("leftOn", "2026-11-30"))
                .andExpect(redirectedUrl("/org/employees/" + leaver));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(org.customersOwnedBy(leaver)).isZero();
            assertThat(org.customersOwnedBy(successor)).isEqualTo(3);
        });
        for (Long customer : owned) {
            assertThat(org.auditEntries("customer", customer, "REASSIGN")).as("customer " + customer).isEqualTo(1);
        }
        assertThat(statusOf(leaver)).isEqualTo("LEFT");
        assertThat(jdbc.queryForObject("select manager_id from org_employee where id = ?", Long.class, junior)).isEqualTo(successor);
        assertThat(org.auditEntries("org_employee", leaver, "DEACTIVATE")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
                .perform(formLogin().user(username).password(Logins.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled")));
    }

    @Test
    void withoutASuccessorOrAReasonTheFormExplainsAndNothingChanges() throws Exception {
        Long leaver = org.consultantIn(org.salesTeam("未交接组", null), "未走");
        mvc.perform(post("/org/employees/" + leaver + "/deactivate").with(csrf()).with(logins.as("admin"))
                        .param("version", String.valueOf(org.employeeVersion(leaver))).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("不能为空")));
        assertThat(statusOf(leaver)).isEqualTo("ACTIVE");
    }

    @Test
    void aSuccessorFromAnotherStoreIsRefused() throws Exception {
        Long leaver = org.consultantIn(org.salesTeam("跨店交接组", null), "跨店");
        org.customerOf(leaver, "留守客户" + OrgFixtures.unique());
        mvc.perform(post("/org/employees/" + leaver + "/deactivate").with(csrf()).with(logins.as("admin"))
                        .param("version", String.valueOf(org.employeeVersion(leaver)))
                        .param("successorId", org.employee("E2001").toString()).param("reason", "调岗"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("郑海与跨店不在同一门店，客户不能跨门店交接。")));
        assertThat(statusOf(leaver)).isEqualTo("ACTIVE");
        assertThat(org.customersOwnedBy(leaver)).isEqualTo(1);
    }

    @Test
    void afterTheOnlyPersonLeavesThroughTheApiTheirTeamCanBeClosed() throws Exception {
        String token = api.tokenFor("admin");
        Long team = org.salesTeam("临时促销组", 1);
        Long leaver = org.consultantIn(team, "秦促");
        org.customerOf(leaver, "促销客户" + OrgFixtures.unique());
        Long successor = org.employee("E1003");
        mvc.perform(post("/api/v1/org/employees/" + leaver + "/deactivation").header("Authorization", "Bearer " + token)
                        .header("If-Match", org.employeeVersion(leaver)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"successorId\": " + successor + ", \"reason\": \"促销活动结束\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LEFT"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(org.customersOwnedBy(leaver)).isZero());
        mvc.perform(post("/api/v1/org/units/" + team + "/closure").header("Authorization", "Bearer " + token)
                        .header("If-Match", org.unitVersion(team)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
    }
}
