package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The bell in the top bar shows what is unread; opening a message marks it read. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationBellBrowserIT {

    /** A demo user no other test reads notifications for: they still have their unread welcome. */
    private static final String USER = "cs";

    @LocalServerPort int port;

    private Browser browser;

    @BeforeAll
    void startBrowserAndLogIn() {
        browser = Browser.start(port);
        browser.open("/login");
        browser.logIn(USER, Logins.DEMO_PASSWORD);
        browser.find("#greeting");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theBellShowsTheUnreadWelcomeAndOpeningItMarksItRead() {
        browser.open("/");
        int unread = Integer.parseInt(browser.visible("#unread-badge").getText());
        assertThat(unread).as("the demo welcome is unread").isPositive();
        assertThat(browser.find("#bell").getAttribute("aria-label")).isEqualTo(unread + " 条未读");
        browser.screenshot("bell-unread-zh.png");

        browser.click("#bell");
        browser.waitForUrlContaining("/notifications");
        assertThat(browser.visible("h1").getText()).isEqualTo("消息中心");
        assertThat(browser.find("#notification-list").getText()).contains("欢迎使用 AutoSales，吴芳");
        assertThat(browser.all("#notification-list .badge")).hasSize(unread);
        browser.screenshot("notifications-zh.png");

        browser.click("#notification-list a.fw-semibold");
        browser.visible("#greeting");
        browser.waitForHtmx();
        if (unread == 1) {
            browser.waitUntil("the badge to disappear", () -> browser.present("#bell") && !browser.present("#unread-badge"));
        } else {
            browser.waitForText("#unread-badge", String.valueOf(unread - 1));
        }

        browser.open("/notifications");
        assertThat(browser.all("#notification-list .badge")).as("one fewer marked new").hasSize(unread - 1);
        assertThat(browser.all("#notification-list .bi-envelope-open")).isNotEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("notifications-read-zh.png");
    }
}
