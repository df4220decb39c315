package com.autosales.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginIT {

    @Autowired MockMvc mvc;
    @Autowired AccessSetup access;
    @Autowired JdbcTemplate jdbc;
    @Autowired Logins logins;

    private String newConsultant() {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        access.createUser(new AccessSetup.NewUser(name, Logins.DEMO_PASSWORD, "Test", null, null, null, List.of("consultant")));
        return name;
    }

    @Test
    void loginPageIsInChineseByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录 AutoSales")));
    }

    @Test
    void loginPageSwitchesToEnglishAndRemembersIt() throws Exception {
        var result = mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Log in to AutoSales")))
                .andReturn();
        Cookie language = result.getResponse().getCookie("AUTOSALES_LANG");
        assertThat(language).isNotNull();
        mvc.perform(get("/login").cookie(language))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Log in to AutoSales")));
    }

    @Test
    void aDemoConsultantLogsInAndLandsOnTheWorkbench() throws Exception {
        mvc.perform(formLogin().user("consultant1").password(Logins.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void usernamesAreNotCaseSensitive() throws Exception {
        mvc.perform(formLogin().user("Consultant1").password(Logins.DEMO_PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordSaysSoWithoutRevealingWhichPartWasWrong() throws Exception {
        mvc.perform(formLogin().user("consultant2").password("nope"))
                .andExpect(redirectedUrl("/login?error=bad-credentials"));
        mvc.perform(formLogin().user("nobody-at-all").password("nope"))
                .andExpect(redirectedUrl("/login?error=bad-credentials"));
    }

    @Test
    void afterAWrongPasswordTheUsernameIsStillFilledIn() throws Exception {
        var failed = mvc.perform(formLogin().user("consultant2").password("nope")).andReturn();
        mvc.perform(get("/login").param("error", "bad-credentials").cookie(failed.getResponse().getCookie("SESSION")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"consultant2\"")));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        String user = newConsultant();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(user).password("wrong")).andExpect(redirectedUrl("/login?error=bad-credentials"));
        }
        mvc.perform(formLogin().user(user).password("wrong")).andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(formLogin().user(user).password(Logins.DEMO_PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("账号已锁定 15 分钟")));
    }

    @Test
    void theLockEndsWhenItsTimeIsUp() throws Exception {
        String user = newConsultant();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(user).password("wrong"));
        }
        jdbc.update("update app_user set locked_until = ? where username = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), user);
        mvc.perform(formLogin().user(user).password(Logins.DEMO_PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aLoggedInSessionIsStoredInTheDatabase() throws Exception {
        var login = mvc.perform(formLogin().user("consultant1").password(Logins.DEMO_PASSWORD)).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).as("Spring Session cookie").isNotNull();
        Integer stored = jdbc.queryForObject("select count(*) from spring_session where principal_name = 'consultant1'",
                Integer.class);
        assertThat(stored).isPositive();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void pagesNeedALoginAndSendAnonymousVisitorsToIt() throws Exception {
        mvc.perform(get("/customers")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/notifications/read-all").with(logins.as("consultant1")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/notifications/read-all").with(csrf()).with(logins.as("consultant1")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }
}
