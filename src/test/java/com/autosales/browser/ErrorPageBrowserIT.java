package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A mistyped address shows a friendly page in the user's language, never a stack trace. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPageBrowserIT {

    @LocalServerPort int port;

    private Browser browser;

    @BeforeAll
    void startBrowserAndLogIn() {
        browser = Browser.start(port);
        browser.open("/login");
        browser.logIn("consultant1", Logins.DEMO_PASSWORD);
        browser.find("#greeting");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anUnknownAddressShowsAFriendlyChinese404WithAWayHome() {
        browser.open("/no-such-page");
        assertThat(browser.visible("#error-status").getText()).isEqualTo("错误 404");
        assertThat(browser.find("#error-message").getText()).isEqualTo("您要找的页面不存在。");
        assertThat(browser.pageText()).doesNotContain("Exception", "Whitelabel", "at com.", "at org.", "status=");
        assertThat(browser.driver().getTitle()).contains("出错了");
        assertThat(browser.consoleErrors()).as("only the 404 of the page itself")
                .allSatisfy(message -> assertThat(message).contains("no-such-page"));
        browser.screenshot("error-404-zh.png");

        browser.click("a.btn-primary");
        assertThat(browser.visible("#greeting").getText()).isEqualTo("您好，张伟");
    }

    @Test
    void aRecordThatDoesNotExistIsAFriendly404Too() {
        browser.open("/customers/987654321");
        assertThat(browser.visible("#error-status").getText()).isEqualTo("错误 404");
        assertThat(browser.pageText()).doesNotContain("Exception", "RecordNotFound");
        browser.screenshot("error-404-record-zh.png");
    }
}
