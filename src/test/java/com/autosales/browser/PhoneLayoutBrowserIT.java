package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On a phone (390×844) the navigation folds away behind the menu button and pages fit the width. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutBrowserIT {

    @LocalServerPort int port;

    private Browser browser;

    @BeforeAll
    void startPhoneBrowserAndLogIn() {
        browser = Browser.start(port, Browser.PHONE);
        browser.open("/login");
        assertFitsTheScreen("login");
        browser.screenshot("phone-login-zh.png");
        browser.logIn("consultant1", Logins.DEMO_PASSWORD);
        browser.find("#greeting");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void assertFitsTheScreen(String page) {
        Map<String, Object> dims = browser.viewport();
        long inner = ((Number) dims.get("inner")).longValue();
        assertThat(inner).isEqualTo(390);
        assertThat(((Number) dims.get("body")).longValue()).as(page + ": page body wider than the phone").isLessThanOrEqualTo(inner);
        assertThat(((Number) dims.get("scroll")).longValue()).as(page + ": page scrolls sideways").isLessThanOrEqualTo(inner);
    }

    @Test
    void theSidebarHidesAndTheMenuButtonOpensIt() {
        browser.open("/");
        browser.visible("#greeting");
        browser.waitForHtmx();
        assertThat(browser.find("#sidebar").isDisplayed()).as("sidebar hidden on a phone").isFalse();
        assertFitsTheScreen("home");
        browser.screenshot("phone-home-zh.png");

        browser.click("button[data-bs-target='#sidebar']");
        browser.waitUntil("the menu to slide in", () -> Boolean.TRUE.equals(browser.js(
                "var s = document.getElementById('sidebar'); return s.classList.contains('show') && !s.classList.contains('showing')"
                        + " && s.getBoundingClientRect().left >= 0;")));
        assertThat(browser.visible("#sidebar").getText()).contains("首页", "消息中心", "客户档案");
        browser.screenshot("phone-menu-zh.png");

        browser.click("#sidebar a[href='/customers']");
        browser.waitForUrlContaining("/customers");
        assertThat(browser.visible("h1").getText()).isEqualTo("客户档案");
        assertThat(browser.find("#sidebar").isDisplayed()).as("menu closed after navigating").isFalse();
    }

    @Test
    void theCustomerListAndFormAreReadableWithoutSidewaysScrolling() {
        browser.open("/customers");
        browser.visible("#customer-table");
        assertFitsTheScreen("customers");
        assertThat(browser.find("#customer-table thead").getText()).contains("客户名称", "电话");
        browser.screenshot("phone-customers-zh.png");

        browser.click("#customer-table tbody a");
        browser.visible("#customer-name");
        assertFitsTheScreen("customer card");
        browser.screenshot("phone-customer-card-zh.png");

        browser.open("/customers/new");
        browser.visible("#customer-form");
        assertFitsTheScreen("customer form");
        browser.screenshot("phone-customer-form-zh.png");

        browser.open("/notifications");
        browser.visible("h1");
        assertFitsTheScreen("notifications");
        browser.screenshot("phone-notifications-zh.png");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void assertOnScreen(String css) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.js(
                "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + " return {left: r.left, right: r.right};", css);
        assertThat(box.get("left").doubleValue()).as(css + " cut off on the left").isGreaterThanOrEqualTo(0);
        assertThat(box.get("right").doubleValue()).as(css + " cut off on the right").isLessThanOrEqualTo(390);
    }

    @Test
    void theTopBarIsOneRowAndItsMenusOpenOnScreen() {
        browser.open("/");
        browser.visible("#greeting");
        assertThat(browser.find("header.topbar").getSize().getHeight()).as("top bar in one row").isLessThan(70);
        assertThat(browser.find("header.topbar").getText()).contains("AutoSales").doesNotContain("汽车销售管理");

        browser.click("#user-menu");
        assertThat(browser.visible("#logout").getText()).isEqualTo("退出登录");
        assertOnScreen("#user-menu + .dropdown-menu");
        browser.screenshot("phone-user-menu-zh.png");
        browser.click("#user-menu");

        browser.click("#language-menu");
        assertThat(browser.visible("#lang-en").getText()).isEqualTo("English");
        assertOnScreen("#language-menu + .dropdown-menu");
        browser.click("#language-menu");
    }
}
