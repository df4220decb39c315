package com.autosales.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.customers.CustomerManagement;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The organisation tree over the API: same rules as the pages, refusals as localized problem details. */
@IntegrationTest
class OrgUnitApiIT {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgSetup setup;
    @Autowired CustomerManagement customers;

    private OrgFixtures org;
    private String token;

    @BeforeEach
    void fixtures() throws Exception {
        org = new OrgFixtures(setup, customers, jdbc);
        token = api.tokenFor("admin");
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void aUnitIsCreatedRenamedMovedAndClosed() throws Exception {
        String code = "API-" + OrgFixtures.unique();
        String body = """
                {"parentId": %d, "kind": "TEAM", "code": "%s", "nameZh": "电话销售组", "nameEn": "Phone sales team",
                 "plannedHeadcount": 3}""".formatted(org.unit("SH-PD-SALES"), code);
        mvc.perform(as(post("/api/v1/org/units")).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.storeName").value("上海浦东4S店"));
        Long id = org.unit(code);

        mvc.perform(as(put("/api/v1/org/units/" + id)).header("If-Match", org.unitVersion(id))
                        .content("{\"nameZh\": \"网络销售组\", \"nameEn\": \"Online sales team\", \"plannedHeadcount\": 4}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameZh").value("网络销售组"));

        Long service = org.unit("SH-PD-SVC");
        mvc.perform(as(post("/api/v1/org/units/" + id + "/move")).header("If-Match", org.unitVersion(id))
                        .content("{\"parentId\": " + service + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(service));

        mvc.perform(as(post("/api/v1/org/units/" + id + "/closure")).header("If-Match", org.unitVersion(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void invalidFieldsAreReportedAndNothingIsSaved() throws Exception {
        int before = jdbc.queryForObject("select count(*) from org_unit", Integer.class);
        mvc.perform(as(post("/api/v1/org/units")).header("Accept-Language", "en")
                        .content("{\"parentId\": 1, \"kind\": \"TEAM\", \"code\": \"no spaces\", \"nameZh\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value(hasItem("Letters, digits and hyphens only")))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameZh')]").exists());
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class)).isEqualTo(before);
    }

    @Test
    void aTeamWithStaffCannotMoveToTheDistributorAndTheProblemSaysWhy() throws Exception {
        Long team = org.salesTeam("展厅接待组", 2);
        org.consultantIn(team, "孔亮");
        mvc.perform(as(post("/api/v1/org/units/" + team + "/move")).header("If-Match", org.unitVersion(team))
                        .header("Accept-Language", "en").content("{\"parentId\": " + org.unit("HD-SALES") + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("org.unit.move-across-stores"))
                .andExpect(jsonPath("$.detail").value(containsString("1 staff still work there")));
        assertThat(jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, team))
                .isEqualTo(org.unit("SH-PD-SALES"));
    }

    @Test
    void closingATeamWithStaffAndCustomersIsRefusedNamingTheCounts() throws Exception {
        Long team = org.salesTeam("二手车组", 2);
        Long consultant = org.consultantIn(team, "韩梅");
        org.customerOf(consultant, "置换客户" + OrgFixtures.unique());
        mvc.perform(as(post("/api/v1/org/units/" + team + "/closure")).header("If-Match", org.unitVersion(team))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.unit.close-refused"))
                .andExpect(jsonPath("$.detail").value("Cannot close “二手车组”: it still has 1 staff, 1 customer records. "
                        + "Move the people and hand over the records first."));
    }

    @Test
    void aStaleVersionIsRefusedWith409() throws Exception {
        Long team = org.salesTeam("金融组", null);
        mvc.perform(as(put("/api/v1/org/units/" + team)).header("If-Match", "\"999\"").content("{\"nameZh\": \"金融服务组\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent-change"));
    }

    @Test
    void theTreeCarriesHeadcountPlanAndVacancies() throws Exception {
        Long department = org.department("精品部", 5);
        org.consultantIn(department, "曹雪");
        org.consultantIn(department, "柳青");
        mvc.perform(as(get("/api/v1/org/units")).param("root", department.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("精品部"))
                .andExpect(jsonPath("$[0].headcount").value(2))
                .andExpect(jsonPath("$[0].plannedHeadcount").value(5))
                .andExpect(jsonPath("$[0].vacancies").value(3))
                .andExpect(jsonPath("$[0].people.length()").value(2));
    }
}
