package com.autosales.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RoleAdministrationIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;

    private long roleId(String code) {
        return jdbc.queryForObject("select id from app_role where code = ?", Long.class, code);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from app_role where id = ?", Long.class, id);
    }

    private String newRole() throws Exception {
        String code = "r-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/roles/new").with(csrf()).with(logins.as("admin"))
                        .param("code", code).param("nameZh", "测试角色").param("nameEn", "Test role").param("dataScope", "TEAM")
                        .param("permissions", "customers:view", "customers:edit"))
                .andExpect(redirectedUrlPattern("/admin/roles/*"));
        return code;
    }

    @Test
    void theMatrixShowsWhatARoleMayDo() throws Exception {
        mvc.perform(get("/admin/roles/" + roleId("consultant")).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("权限矩阵")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*value=\"customers:view\"[^>]*id=\"perm-customers-view\"[^>]*checked.*")));
    }

    @Test
    void anAdminCreatesARoleAndChangesItsPermissionsWithAnAuditTrail() throws Exception {
        String code = newRole();
        long id = roleId(code);
        mvc.perform(post("/admin/roles/" + id).with(csrf()).with(logins.as("admin"))
                        .param("version", String.valueOf(version(id))).param("code", code).param("nameZh", "测试角色")
                        .param("dataScope", "STORE").param("permissions", "customers:view", "customers:export"))
                .andExpect(redirectedUrlPattern("/admin/roles/*"));
        List<String> permissions = jdbc.queryForList("select permission from app_role_permission where role_id = ? order by permission",
                String.class, id);
        assertThat(permissions).containsExactly("customers:export", "customers:view");
        List<String> audited = jdbc.queryForList("select c.field || '=' || coalesce(c.before_value, '') || '>' || coalesce(c.after_value, '') "
                + "from audit_change c join audit_entry e on e.id = c.entry_id where e.entity_type = 'role' and e.entity_id = ? and e.action = 'UPDATE'",
                String.class, String.valueOf(id));
        assertThat(audited).contains("dataScope=TEAM>STORE", "permissions+=>customers:export", "permissions-=customers:edit>");
    }

    @Test
    void aStaleMatrixIsRefusedAndTheOtherEditIsKept() throws Exception {
        String code = newRole();
        long id = roleId(code);
        long stale = version(id);
        mvc.perform(post("/admin/roles/" + id).with(csrf()).with(logins.as("admin")).param("version", String.valueOf(stale))
                .param("code", code).param("nameZh", "甲").param("dataScope", "TEAM").param("permissions", "leads:view"));
        mvc.perform(post("/admin/roles/" + id).with(csrf()).with(logins.as("admin")).param("version", String.valueOf(stale))
                        .param("code", code).param("nameZh", "乙").param("dataScope", "ALL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录刚被其他人修改过")));
        assertThat(jdbc.queryForObject("select data_scope from app_role where id = ?", String.class, id)).isEqualTo("TEAM");
    }

    @Test
    void theAdministratorRoleCannotLoseTheRightToManagePermissions() throws Exception {
        long id = roleId("admin");
        mvc.perform(post("/admin/roles/" + id).with(csrf()).with(logins.as("admin")).param("version", String.valueOf(version(id)))
                        .param("code", "admin").param("nameZh", "系统管理员").param("dataScope", "ALL").param("permissions", "customers:view"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("必须保留")));
        assertThat(jdbc.queryForObject("select count(*) from app_role_permission where role_id = ?", Integer.class, id)).isGreaterThan(50);
    }

    @Test
    void aBadCodeIsExplainedNextToTheField() throws Exception {
        mvc.perform(post("/admin/roles/new").with(csrf()).with(logins.as("admin"))
                        .param("code", "Bad Code!").param("nameZh", "x").param("dataScope", "OWN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("代码只能包含小写字母")));
        mvc.perform(post("/admin/roles/new").with(csrf()).with(logins.as("admin"))
                        .param("code", "consultant").param("nameZh", "重复").param("dataScope", "OWN"))
                .andExpect(content().string(containsString("角色代码 consultant 已被使用")));
    }

    @Test
    void theGeneralManagerMayReadRolesButNotChangeThem() throws Exception {
        long id = roleId("consultant");
        mvc.perform(get("/admin/roles/" + id).with(logins.as("gm"))).andExpect(status().isOk());
        mvc.perform(post("/admin/roles/" + id).with(csrf()).with(logins.as("gm")).param("version", "0")
                        .param("code", "consultant").param("nameZh", "x").param("dataScope", "ALL"))
                .andExpect(status().isForbidden());
    }
}
