package com.autosales.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.customers.CustomerManagement;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Building the organisation tree through the pages: create, rename, move, close, and the refusals. */
@IntegrationTest
class OrgUnitPagesIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgSetup setup;
    @Autowired CustomerManagement customers;

    private OrgFixtures org;

    @BeforeEach
    void fixtures() {
        org = new OrgFixtures(setup, customers, jdbc);
    }

    private int unitCount() {
        return jdbc.queryForObject("select count(*) from org_unit", Integer.class);
    }

    @Test
    void anAdminCreatesRenamesMovesAndClosesATeamAndEveryStepIsAudited() throws Exception {
        String code = "T-" + OrgFixtures.unique();
        mvc.perform(post("/org/units/new").with(csrf()).with(logins.as("admin"))
                        .param("parentId", org.unit("SH-PD-SALES").toString()).param("kind", "TEAM").param("code", code)
                        .param("nameZh", "销售三组").param("nameEn", "Sales team 3").param("plannedHeadcount", "4"))
                .andExpect(redirectedUrlPattern("/org/units/*"));
        Long id = org.unit(code);

        mvc.perform(post("/org/units/" + id + "/edit").with(csrf()).with(logins.as("admin"))
                        .param("version", String.valueOf(org.unitVersion(id))).param("nameZh", "销售三组（新能源）")
                        .param("nameEn", "Sales team 3 (EV)").param("plannedHeadcount", "6"))
                .andExpect(redirectedUrl("/org/units/" + id));
        assertThat(jdbc.queryForMap("select name_zh, name_en, planned_headcount from org_unit where id = ?", id))
                .containsEntry("name_zh", "销售三组（新能源）").containsEntry("name_en", "Sales team 3 (EV)")
                .containsEntry("planned_headcount", 6);

        Long service = org.unit("SH-PD-SVC");
        mvc.perform(post("/org/units/" + id + "/move").with(csrf()).with(logins.as("admin"))
                        .param("version", String.valueOf(org.unitVersion(id))).param("parentId", service.toString()))
                .andExpect(redirectedUrl("/org/units/" + id));
        assertThat(jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, id)).isEqualTo(service);

        mvc.perform(post("/org/units/" + id + "/close").with(csrf()).with(logins.as("admin"))
                        .param("version", String.valueOf(org.unitVersion(id))))
                .andExpect(redirectedUrl("/org/units/" + id));
        assertThat(jdbc.queryForObject("select active from org_unit where id = ?", Boolean.class, id)).isFalse();

        for (String action : new String[] {"CREATE", "UPDATE", "MOVE", "CLOSE"}) {
            assertThat(org.auditEntries("org_unit", id, action)).as(action).isEqualTo(1);
        }
    }

    @Test
    void invalidInputIsExplainedNextToTheFieldsAndNothingIsSaved() throws Exception {
        int before = unitCount();
        mvc.perform(post("/org/units/new").with(csrf()).with(logins.as("admin"))
                        .param("parentId", org.unit("SH-PD-SALES").toString()).param("kind", "TEAM")
                        .param("code", "bad code!").param("nameZh", " ").param("plannedHeadcount", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("不能为空")))
                .andExpect(content().string(containsString("编码只能包含字母、数字和连字符")));
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void validationMessagesFollowTheUsersLanguage() throws Exception {
        mvc.perform(post("/org/units/new").with(csrf()).with(logins.as("admin")).cookie(new Cookie("AUTOSALES_LANG", "en"))
                        .param("parentId", org.unit("SH-PD-SALES").toString()).param("kind", "TEAM")
                        .param("code", "bad code!").param("nameZh", ""))
                .andExpect(content().string(containsString("must not be empty")))
                .andExpect(content().string(containsString("Letters, digits and hyphens only")));
    }

    @Test
    void aRegionCannotBeCreatedInA4SStoreAndTheFormSaysWhy() throws Exception {
        int before = unitCount();
        mvc.perform(post("/org/units/new").with(csrf()).with(logins.as("admin"))
                        .param("parentId", org.unit("SH-PD-SALES").toString()).param("kind", "REGION")
                        .param("code", "R-" + OrgFixtures.unique()).param("nameZh", "华南大区"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("销售区域只能设在配件经销商下。")));
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void aDepartmentCannotMoveUnderItsOwnTeamAndStaysWhereItWas() throws Exception {
        Long department = org.department("市场部", null);
        Long team = setup.createUnit(department, UnitKind.TEAM, "T-" + OrgFixtures.unique(), "活动组", null, null, 2);
        mvc.perform(post("/org/units/" + department + "/move").with(csrf()).with(logins.as("admin"))
                        .param("version", String.valueOf(org.unitVersion(department))).param("parentId", team.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能把“市场部”移到“活动组”下面")));
        assertThat(jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, department))
                .isEqualTo(org.store());
    }

    @Test
    void closingATeamThatStillHasStaffAndCustomersIsRefusedNamingTheCounts() throws Exception {
        Long team = org.salesTeam("大客户二组", 3);
        Long consultant = org.consultantIn(team, "钱进");
        org.customerOf(consultant, "客户甲" + OrgFixtures.unique());
        org.customerOf(consultant, "客户乙" + OrgFixtures.unique());
        mvc.perform(post("/org/units/" + team + "/close").with(csrf()).with(logins.as("admin"))
                        .param("version", String.valueOf(org.unitVersion(team))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "不能撤销“大客户二组”：其下仍有 1 名在职人员、2 个客户档案。")));
        assertThat(jdbc.queryForObject("select active from org_unit where id = ?", Boolean.class, team)).isTrue();
    }

    @Test
    void aStaleRenameIsRefusedAndTheOtherChangeIsKept() throws Exception {
        Long team = org.salesTeam("试驾组", null);
        long version = org.unitVersion(team);
        mvc.perform(post("/org/units/" + team + "/edit").with(csrf()).with(logins.as("admin"))
                .param("version", String.valueOf(version)).param("nameZh", "试驾一组"));
        mvc.perform(post("/org/units/" + team + "/edit").with(csrf()).with(logins.as("admin"))
                        .param("version", String.valueOf(version)).param("nameZh", "试驾二组"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录刚被其他人修改过")));
        assertThat(jdbc.queryForObject("select name_zh from org_unit where id = ?", String.class, team)).isEqualTo("试驾一组");
    }
}
