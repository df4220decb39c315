package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On a phone, a consultant logs a walk-in from the showroom board, sees the visitor on the board, then marks them left. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShowroomBrowserIT {

    @LocalServerPort int port;

    private Browser browser;

    @BeforeAll
    void startBrowserAndLogIn() {
        browser = Browser.start(port, Browser.PHONE);
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

    private void assertFitsThePhone(String page) {
        Map<String, Object> dims = browser.viewport();
        long inner = ((Number) dims.get("inner")).longValue();
        assertThat(((Number) dims.get("scroll")).longValue()).as(page + ": page scrolls sideways").isLessThanOrEqualTo(inner);
    }

    @Test
    void aWalkInLoggedOnThePhoneAppearsOnTheBoardAndLeavesItWithOneClick() {
        String name = "展厅访客" + System.nanoTime() % 100000;
        String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));

        browser.open("/showroom");
        browser.find("#board");
        assertFitsThePhone("board");
        browser.click("#new-reception");
        browser.find("#reception-form");
        assertFitsThePhone("quick form");
        browser.type("#customerPhone", phone);
        browser.waitForText("#customer-match", "新客户");
        browser.type("#customerName", name);
        browser.type("#models", "紧凑型SUV");
        browser.js("document.getElementById('reception-submit').scrollIntoView({block: 'center', behavior: 'instant'})");
        browser.click("#reception-submit");

        browser.waitForText("#in-showroom", name);
        assertThat(browser.url()).endsWith("/showroom");
        assertThat(browser.pageText()).contains("接待登记已保存");
        assertThat(browser.text("#in-showroom")).contains("张伟").containsPattern("已 [0-2] 分钟");
        assertFitsThePhone("board with the visitor");
        browser.screenshot("phone-showroom-board-zh.png");

        browser.js("var e = [...document.querySelectorAll('.board-entry')].find(li => li.textContent.includes(arguments[0]));"
                + "e.querySelector('.left-button').scrollIntoView({block: 'center', behavior: 'instant'});"
                + "e.querySelector('.left-button').click();", name);
        browser.waitUntil("the visitor leaves the board", () -> !browser.text("#board").contains(name));
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
