package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.access.AccessSetup;
import com.autosales.access.DataScope;
import com.autosales.org.OrgSetup;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** A consultant never reaches another consultant's customer, by any path; managers see their department. */
@IntegrationTest
class DataScopeIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgSetup orgSetup;
    @Autowired AccessSetup accessSetup;

    private long customerNamed(String name) {
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    /**
     * Whether the user's customer list, searched for the name, shows it — searched, so that customers other tests
     * register cannot push a demo customer off the first page.
     */
    private boolean lists(String username, String name) throws Exception {
        return mvc.perform(get("/customers").param("q", name).with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().contains(">" + name + "</a>");
    }

    @Test
    void consultantListsOnlyTheirOwnCustomers() throws Exception {
        assertThat(lists("consultant1", "王芳")).isTrue();
        assertThat(lists("consultant1", "黄志强")).isFalse();
        assertThat(lists("consultant1", "苏州顺达汽配批发部")).isFalse();
    }

    @Test
    void consultantCannotFindAnotherConsultantsCustomerBySearch() throws Exception {
        mvc.perform(get("/customers").param("q", "黄志强").with(logins.as("consultant1")))
                .andExpect(content().string(not(containsString("13712340011"))))
                .andExpect(content().string(containsString("没有找到客户")));
    }

    @Test
    void consultantCannotOpenAnotherConsultantsCustomerById() throws Exception {
        long theirs = customerNamed("黄志强");
        mvc.perform(get("/customers/" + theirs).with(logins.as("consultant1")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("黄志强"))));
        mvc.perform(get("/customers/" + theirs + "/edit").with(logins.as("consultant1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void consultantCannotReachAnotherConsultantsCustomerThroughTheApi() throws Exception {
        String token = api.tokenFor("consultant1");
        long theirs = customerNamed("黄志强");
        mvc.perform(get("/api/v1/customers/" + theirs).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        String body = mvc.perform(get("/api/v1/customers").param("q", "").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString();
        JsonNode items = ApiClient.json(body).get("items");
        assertThat(items.size()).isPositive();
        items.forEach(c -> assertThat(c.get("ownerName").asString()).isEqualTo("张伟"));
    }

    @Test
    void consultantCannotUpdateAnotherConsultantsCustomerThroughThePageOrTheApi() throws Exception {
        long theirs = customerNamed("吴刚");
        String before = jdbc.queryForObject("select lifecycle from customer where id = ?", String.class, theirs);
        mvc.perform(post("/customers/" + theirs + "/edit")
                        .with(csrf())
                        .with(logins.as("consultant1")).param("version", "0").param("kind", "INDIVIDUAL")
                        .param("name", "吴刚").param("lifecycle", "OLD"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/customers/" + theirs)
                        .header("Authorization", "Bearer " + api.tokenFor("consultant1")).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INDIVIDUAL\",\"name\":\"吴刚\",\"lifecycle\":\"OLD\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select lifecycle from customer where id = ?", String.class, theirs)).isEqualTo(before);
    }

    @Test
    void aTeamLeadSeesTheirWholeTeamButNotTheOtherTeam() throws Exception {
        long team1 = jdbc.queryForObject("select id from org_unit where code = 'SH-PD-SALES-1'", Long.class);
        long store = jdbc.queryForObject("select id from org_unit where code = 'SH-PD-4S'", Long.class);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Long lead = orgSetup.hire("TL-" + suffix, "组长" + suffix, null, "sales-consultant", team1, null, LocalDate.now());
        String role = "teamlead-" + suffix;
        accessSetup.createRole(role, "销售主管", "Team lead", DataScope.TEAM, Set.of("customers:view"));
        accessSetup.createUser(new AccessSetup.NewUser("lead" + suffix, "Lead2026x", "组长", null, lead, store,
                List.of(role)));
        assertThat(lists("lead" + suffix, "王芳")).isTrue();
        assertThat(lists("lead" + suffix, "刘建华")).isTrue();
        assertThat(lists("lead" + suffix, "黄志强")).isFalse();
        mvc.perform(get("/customers/" + customerNamed("黄志强")).with(logins.as("lead" + suffix)))
                .andExpect(status().isNotFound());
    }

    @Test
    void salesManagerSeesBothTeamsButNotTheDistributor() throws Exception {
        assertThat(lists("salesmanager", "王芳")).isTrue();
        assertThat(lists("salesmanager", "黄志强")).isTrue();
        assertThat(lists("salesmanager", "苏州顺达汽配批发部")).isFalse();
    }

    @Test
    void distributorDirectorSeesOnlyTheDistributorsCustomers() throws Exception {
        assertThat(lists("director", "苏州顺达汽配批发部")).isTrue();
        assertThat(lists("director", "王芳")).isFalse();
    }

    @Test
    void ownersSeeTheFullPhoneOthersWithoutPermissionSeeItMasked() throws Exception {
        long id = customerNamed("王芳");
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("13912340001")));
        mvc.perform(get("/customers/" + id).with(logins.as("clerk")))
                .andExpect(content().string(containsString("139****0001")))
                .andExpect(content().string(not(containsString("13912340001"))));
        mvc.perform(get("/customers/" + id).with(logins.as("salesmanager")))
                .andExpect(content().string(containsString("13912340001")));
    }

    @Test
    void rolesWithoutCustomerAccessAreTurnedAway() throws Exception {
        mvc.perform(get("/customers").with(logins.as("partsplanner")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您没有权限执行此操作")));
    }
}
