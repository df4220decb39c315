package com.autosales.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.customers.CustomerManagement;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Hiring and editing staff, the staff list's filters, and the person page with the position's duties. */
@IntegrationTest
class EmployeesIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgSetup setup;
    @Autowired CustomerManagement customers;

    private OrgFixtures org;

    @BeforeEach
    void fixtures() {
        org = new OrgFixtures(setup, customers, jdbc);
    }

    private int employeeCount() {
        return jdbc.queryForObject("select count(*) from org_employee", Integer.class);
    }

    @Test
    void aNewConsultantIsHiredAndTheirPageShowsTheDutiesOfTheirPosition() throws Exception {
        String number = "N" + OrgFixtures.unique();
        var result = mvc.perform(post("/org/employees/new").with(csrf()).with(logins.as("admin"))
                        .param("employeeNo", number).param("name", "马丽").param("phone", "13700009999")
                        .param("positionId", org.position("sales-consultant").toString())
                        .param("unitId", org.unit("SH-PD-SALES-1").toString())
                        .param("managerId", org.salesManager().toString()).param("hireDate", "2026-01-05"))
                .andExpect(redirectedUrlPattern("/org/employees/*"))
                .andReturn();
        Long id = org.employee(number);
        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(logins.as("gm")))
                .andExpect(content().string(containsString("马丽")))
                .andExpect(content().string(containsString("销售顾问")))
                .andExpect(content().string(containsString("李明")))
                .andExpect(content().string(containsString("接待来店和来电客户，做好来店/来电登记")));
        assertThat(org.auditEntries("org_employee", id, "CREATE")).isEqualTo(1);
    }

    @Test
    void invalidHiringInputIsExplainedAndNobodyIsSaved() throws Exception {
        int before = employeeCount();
        mvc.perform(post("/org/employees/new").with(csrf()).with(logins.as("admin"))
                        .param("employeeNo", "N" + OrgFixtures.unique()).param("name", "").param("phone", "12345")
                        .param("unitId", org.unit("SH-PD-SALES-1").toString()).param("hireDate", "2026-01-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("不能为空")))
                .andExpect(content().string(containsString("请输入有效的手机号")));
        assertThat(employeeCount()).isEqualTo(before);
    }

    @Test
    void aDistributorPositionCannotBeGivenInA4SStore() throws Exception {
        int before = employeeCount();
        mvc.perform(post("/org/employees/new").with(csrf()).with(logins.as("admin"))
                        .param("employeeNo", "N" + OrgFixtures.unique()).param("name", "错岗")
                        .param("positionId", org.position("territory-rep").toString())
                        .param("unitId", org.unit("SH-PD-SALES-1").toString()).param("hireDate", "2026-01-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("岗位“小区业务”不适用于“销售一组（个人客户）”所在的门店类型。")));
        assertThat(employeeCount()).isEqualTo(before);
    }

    @Test
    void theStaffListFiltersByUnitPositionTextAndStatus() throws Exception {
        mvc.perform(get("/org/employees").param("unitId", org.unit("SH-PD-SALES").toString()).with(logins.as("gm")))
                .andExpect(content().string(containsString("张伟")))
                .andExpect(content().string(containsString("刘洋")))
                .andExpect(content().string(not(containsString("孙强"))));
        mvc.perform(get("/org/employees").param("positionId", org.position("parts-planner").toString()).with(logins.as("gm")))
                .andExpect(content().string(containsString("孙强")))
                .andExpect(content().string(not(containsString("张伟"))));
        mvc.perform(get("/org/employees").param("q", "e1009").header("HX-Request", "true").with(logins.as("gm")))
                .andExpect(content().string(containsString("吴芳")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/org/employees").param("status", "LEFT").header("HX-Request", "true").with(logins.as("gm")))
                .andExpect(content().string(not(containsString("王建国"))));
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherPersonsChangeIsKept() throws Exception {
        Long team = org.salesTeam("编辑测试组", null);
        Long id = org.consultantIn(team, "郭靖");
        String number = jdbc.queryForObject("select employee_no from org_employee where id = ?", String.class, id);
        long version = org.employeeVersion(id);
        String[] common = {"employeeNo", number, "positionId", org.position("sales-consultant").toString(),
                "unitId", team.toString(), "hireDate", "2025-05-01", "status", "ACTIVE"};
        var first = post("/org/employees/" + id + "/edit").with(csrf()).with(logins.as("admin"))
                .param("version", String.valueOf(version)).param("name", "郭靖").param("phone", "13911112222");
        var second = post("/org/employees/" + id + "/edit").with(csrf()).with(logins.as("admin"))
                .param("version", String.valueOf(version)).param("name", "郭大侠");
        for (int i = 0; i < common.length; i += 2) {
            first.param(common[i], common[i + 1]);
            second.param(common[i], common[i + 1]);
        }
        mvc.perform(first).andExpect(redirectedUrlPattern("/org/employees/*"));
        mvc.perform(second).andExpect(status().isOk()).andExpect(content().string(containsString("该记录刚被其他人修改过")));
        assertThat(jdbc.queryForMap("select name, phone from org_employee where id = ?", id))
                .containsEntry("name", "郭靖").containsEntry("phone", "13911112222");
    }

    @Test
    void theApiHiresEditsWithIfMatchAndReportsInvalidFields() throws Exception {
        String token = api.tokenFor("admin");
        String number = "A" + OrgFixtures.unique();
        String body = """
                {"employeeNo": "%s", "name": "黄蓉", "positionId": %d, "unitId": %d, "hireDate": "2026-02-01"}"""
                .formatted(number, org.position("sales-clerk"), org.unit("SH-PD-SALES"));
        mvc.perform(post("/api/v1/org/employees").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.positionName").value("销售信息员（内勤）"))
                .andExpect(jsonPath("$.duties.length()").value(5));
        Long id = org.employee(number);
        mvc.perform(put("/api/v1/org/employees/" + id).header("Authorization", "Bearer " + token)
                        .header("If-Match", org.employeeVersion(id)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("黄蓉", "黄蓉蓉")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("黄蓉蓉"));
        mvc.perform(post("/api/v1/org/employees").header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"employeeNo\": \"X 1\", \"name\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors[?(@.field == 'unitId')]").exists());
    }
}
