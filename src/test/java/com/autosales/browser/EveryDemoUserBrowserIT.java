package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every demo login, in a real browser: Chinese first, English on request, and out again. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryDemoUserBrowserIT {

    @LocalServerPort int port;

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

    @BeforeEach
    void forgetTheLanguageOfThePreviousUser() {
        browser.open("/login");
        browser.deleteCookie("AUTOSALES_LANG");
        browser.deleteAllCookies();
    }

    @ParameterizedTest(name = "{0} ({1}) logs in to a Chinese shell, reads it in English, and logs out")
    @CsvSource({
            "admin, 系统管理员", "gm, 王建国", "salesmanager, 李明", "consultant1, 张伟", "consultant2, 刘洋",
            "clerk, 陈静", "finance, 赵敏", "partsplanner, 孙强", "service, 周涛", "cs, 吴芳", "director, 郑海"})
    void aDemoUserLogsInReadsTheShellInBothLanguagesAndLogsOut(String user, String name) {
        browser.open("/");
        browser.waitForUrlContaining("/login");
        assertThat(browser.visible("h1").getText()).isEqualTo("登录 AutoSales");
        assertThat(browser.pageText()).contains("用户名", "密码");

        browser.logIn(user, Logins.DEMO_PASSWORD);
        browser.waitForText("#greeting", name);
        assertThat(browser.find("#greeting").getText()).isEqualTo("您好，" + name);
        assertThat(browser.visible("#sidebar").getText()).contains("首页", "消息中心");
        browser.waitForHtmx();
        assertThat(browser.consoleErrors()).as("browser console on the home page").isEmpty();
        browser.screenshot("home-" + user + "-zh.png");

        browser.click("#language-menu");
        browser.click("#lang-en");
        browser.waitForText("#greeting", "Hello, " + name);
        assertThat(browser.find("#sidebar").getText()).contains("Home", "Notifications").doesNotContain("首页");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        browser.waitForHtmx();
        browser.screenshot("home-" + user + "-en.png");

        browser.click("#language-menu");
        browser.click("#lang-zh");
        browser.waitForText("#greeting", "您好，" + name);
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");

        browser.click("#user-menu");
        browser.click("#logout");
        browser.waitForUrlContaining("/login?logout");
        assertThat(browser.visible("[role=status]").getText()).isEqualTo("您已安全退出。");
        assertThat(browser.consoleErrors()).as("browser console").isEmpty();
    }
}
