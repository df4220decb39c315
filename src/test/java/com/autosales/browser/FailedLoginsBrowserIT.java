package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.access.AccessSetup;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a person sees at the login form when the password is wrong, again and again. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailedLoginsBrowserIT {

    @LocalServerPort int port;
    @Autowired AccessSetup access;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theLoginPageIsChineseAndTidy() {
        browser.deleteAllCookies();
        browser.open("/login");
        assertThat(browser.visible("h1").getText()).isEqualTo("登录 AutoSales");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.find("label[for=username]").getText()).isEqualTo("用户名");
        assertThat(browser.find("#login-submit").getText()).isEqualTo("登录");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("login-zh.png");
    }

    private String newConsultant() {
        String user = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        access.createUser(new AccessSetup.NewUser(user, Logins.DEMO_PASSWORD, "浏览器测试", null, null, null,
                List.of("consultant")));
        return user;
    }

    @Test
    void aWrongPasswordSaysSoInChinese() {
        String user = newConsultant();
        browser.deleteAllCookies();
        browser.open("/login");
        browser.logIn(user, "not-the-password");
        browser.waitForUrlContaining("error=");
        assertThat(browser.visible("#login-error").getText()).isEqualTo("用户名或密码错误。");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndThePageSaysSo() {
        String user = newConsultant();
        browser.deleteAllCookies();
        browser.open("/login");
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.logIn(user, "wrong-" + attempt);
            browser.waitForUrlContaining("error=");
            browser.find("#login-error");
        }
        assertThat(browser.url()).endsWith("error=locked");
        assertThat(browser.visible("#login-error").getText()).contains("账号已锁定").contains("15 分钟");
        browser.screenshot("login-locked-zh.png");

        browser.logIn(user, Logins.DEMO_PASSWORD);
        browser.waitForUrlContaining("error=locked");
        assertThat(browser.visible("#login-error").getText()).as("even the right password waits out the lock").contains("账号已锁定");
    }
}
