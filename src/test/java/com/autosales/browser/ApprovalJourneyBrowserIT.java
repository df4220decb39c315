package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sales manager finds the consultant's request in the inbox, approves it, and it moves on to the GM. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalJourneyBrowserIT {

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

    @Test
    void theSalesManagerApprovesTheDemoCreditLimitRequestAndTheGmSeesItNext() {
        browser.open("/login");
        browser.logIn("salesmanager", Logins.DEMO_PASSWORD);
        browser.click("#sidebar a[href='/approvals']");
        assertThat(browser.visible("#approval-list").getText()).contains("王芳");
        browser.screenshot("approvals-inbox-zh.png");
        browser.click("#approval-list a[href^='/approvals/']");
        assertThat(browser.visible("#approval-title").getText()).contains("王芳");
        browser.screenshot("approval-detail-zh.png");
        browser.type("#comment", "同意，客户历史付款良好");
        browser.click("#approve");
        browser.waitForText("#approval-steps", "已同意");
        assertThat(browser.find("#main").getText()).contains("李明 同意", "同意，客户历史付款良好", "待 王建国 审批");
        browser.screenshot("approval-approved-zh.png");
        assertThat(browser.consoleErrors()).isEmpty();

        browser.click("#user-menu");
        browser.click("#logout");
        browser.logIn("gm", Logins.DEMO_PASSWORD);
        browser.open("/approvals");
        assertThat(browser.visible("#approval-list").getText()).contains("王芳");
    }
}
