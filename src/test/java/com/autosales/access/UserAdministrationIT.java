package com.autosales.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserAdministrationIT {

    private static final String PASSWORD = "Welcome2026";

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.autosales.org.OrgSetup orgSetup;

    private String createLogin(String role) throws Exception {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as("admin"))
                        .param("username", username).param("displayName", "新同事").param("email", "")
                        .param("storeId", String.valueOf(store())).param("roleCodes", role).param("password", PASSWORD))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        return username;
    }

    private long store() {
        return jdbc.queryForObject("select id from org_unit where code = 'SH-PD-4S'", Long.class);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    @Test
    void anAdminCreatesALoginAndTheNewColleagueLogsIn() throws Exception {
        String username = createLogin("clerk");
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'user' and action = 'CREATE' and summary = ?",
                Integer.class, username)).isEqualTo(1);
    }

    @Test
    void aLoginForAnEmployeeGetsTheRoleOfTheirPositionAndTheirStoreWhenNoneAreChosen() throws Exception {
        long team2 = jdbc.queryForObject("select id from org_unit where code = 'SH-PD-SALES-2'", Long.class);
        String no = "N" + UUID.randomUUID().toString().substring(0, 6);
        Long employee = orgSetup.hire(no, "钱多", null, "sales-consultant", team2, null, java.time.LocalDate.now());
        String username = "qian" + no.toLowerCase();
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as("admin"))
                        .param("username", username).param("displayName", "钱多").param("employeeId", String.valueOf(employee))
                        .param("password", PASSWORD))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(jdbc.queryForList("select r.code from app_user_role ur join app_role r on r.id = ur.role_id "
                + "join app_user u on u.id = ur.user_id where u.username = ?", String.class, username)).containsExactly("consultant");
        assertThat(jdbc.queryForObject("select store_id from app_user where username = ?", Long.class, username)).isEqualTo(store());
    }

    @Test
    void aWeakPasswordIsExplainedAndNoLoginIsCreated() throws Exception {
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as("admin"))
                        .param("username", "weakling").param("displayName", "弱密码").param("roleCodes", "consultant")
                        .param("password", "12345678"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("须同时包含字母和数字")));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'weakling'", Integer.class)).isZero();
    }

    @Test
    void aTakenUsernameIsRefused() throws Exception {
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as("admin"))
                        .param("username", "consultant1").param("displayName", "重复").param("roleCodes", "consultant")
                        .param("password", PASSWORD))
                .andExpect(content().string(containsString("用户名 consultant1 已被使用")));
    }

    @Test
    void disablingALoginSignsItOutEverywhereAndBlocksTheNextLogin() throws Exception {
        String username = createLogin("consultant");
        Cookie session = mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        long id = idOf(username);
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
        mvc.perform(post("/admin/users/" + id).with(csrf()).with(logins.as("admin")).param("version", String.valueOf(version))
                        .param("username", username).param("displayName", "新同事").param("storeId", String.valueOf(store()))
                        .param("roleCodes", "consultant").param("enabled", "false"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void aPasswordResetReplacesTheOldPasswordAndUnlocks() throws Exception {
        String username = createLogin("consultant");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong-" + i));
        }
        mvc.perform(get("/admin/users/" + idOf(username)).with(logins.as("admin")))
                .andExpect(content().string(containsString("id=\"locked-banner\"")));
        mvc.perform(post("/admin/users/" + idOf(username) + "/password").with(csrf()).with(logins.as("admin"))
                        .param("password", "Fresh2026x"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=bad-credentials"));
        mvc.perform(formLogin().user(username).password("Fresh2026x")).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAdminUnlocksALockedLogin() throws Exception {
        String username = createLogin("consultant");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong-" + i));
        }
        mvc.perform(post("/admin/users/" + idOf(username) + "/unlock").with(csrf()).with(logins.as("admin")));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void theGeneralManagerSeesLoginsButCannotCreateThem() throws Exception {
        mvc.perform(get("/admin/users").with(logins.as("gm"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("consultant1")));
        mvc.perform(get("/admin/users/new").with(logins.as("gm"))).andExpect(status().isForbidden());
    }
}
