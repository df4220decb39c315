package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On a phone the role dashboards stack in one column, fit the width and draw their charts. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {

    @LocalServerPort int port;

    private Browser browser;

    @BeforeAll
    void startPhoneBrowser() {
        browser = Browser.start(port, Browser.PHONE);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theGeneralManagersDashboardDrawsItsChartsInOneColumn() {
        browser.logInAs("gm");
        assertChartsDrawnInOneColumn("#panel-dashboard-stock-by-age", "#panel-dashboard-receivables");
        assertThat(browser.present("#panel-dashboard-stock-by-age .report-chart canvas")).isTrue();
        assertThat(browser.present("#panel-dashboard-receivables .report-chart canvas")).isTrue();
        browser.screenshot("phone-dashboard-gm-zh.png");
        browser.js("document.querySelector('#panel-dashboard-receivables').scrollIntoView({block: 'start', behavior: 'instant'}); window.scrollBy(0, -64)");
        browser.screenshot("phone-dashboard-gm-2-zh.png");
    }

    @Test
    void theSalesManagersDashboardDrawsItsChartsInOneColumn() {
        browser.logInAs("salesmanager");
        assertChartsDrawnInOneColumn("#panel-dashboard-traffic", "#panel-dashboard-stock-age-alert");
        browser.screenshot("phone-dashboard-salesmanager-zh.png");
    }

    @Test
    void theConsultantsLevelsPieClicksThroughToTheLeads() {
        browser.logInAs("consultant1");
        browser.visible("#panel-dashboard-calls-today");
        browser.js("document.querySelector('#dashboard-panels').scrollIntoView({block: 'start', behavior: 'instant'}); window.scrollBy(0, -64)");
        browser.screenshot("phone-dashboard-consultant-zh.png");
        browser.click("#panel-dashboard-calls-today .dashboard-figures a");
        browser.waitForUrlContaining("/follow-ups");
    }

    private void assertChartsDrawnInOneColumn(String... panels) {
        browser.visible("#dashboard-panels");
        browser.waitUntil("the charts to be drawn", () -> Boolean.TRUE.equals(browser.js(
                "return document.querySelectorAll('#dashboard-panels .report-chart canvas').length > 0"
                        + " && [...document.querySelectorAll('#dashboard-panels .report-chart')].every(c => c.querySelector('canvas'));")));
        for (String panel : panels) {
            assertThat(browser.present(panel)).as(panel).isTrue();
            Number width = (Number) browser.js("return document.querySelector(arguments[0]).getBoundingClientRect().width;", panel);
            assertThat(width.doubleValue()).as(panel + " spans the phone").isGreaterThan(300);
        }
        Map<String, Object> dims = browser.viewport();
        assertThat(((Number) dims.get("scroll")).longValue()).as("no sideways scrolling")
                .isLessThanOrEqualTo(((Number) dims.get("inner")).longValue());
        assertThat(browser.consoleErrors()).isEmpty();
        browser.js("document.querySelector('#dashboard-panels').scrollIntoView({block: 'start', behavior: 'instant'}); window.scrollBy(0, -64)");
    }
}
