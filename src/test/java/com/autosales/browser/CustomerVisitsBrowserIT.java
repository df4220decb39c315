package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.Grade;
import com.autosales.customers.Lifecycle;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** On a phone, a consultant records a visit from the card, then looks at the route plan and the day's report. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerVisitsBrowserIT {

    @LocalServerPort int port;
    @Autowired CustomerManagement customers;
    @Autowired JdbcTemplate jdbc;

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
    void aVisitRecordedOnThePhoneAppearsOnTheCardAndTheRoutePlanAndReportFitTheScreen() {
        Map<String, Object> wangFang = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = '王芳'");
        Long id = customers.registerFor((Long) wangFang.get("store_id"), (Long) wangFang.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.INDIVIDUAL, "手机访问客户" + System.nanoTime() % 100000,
                        "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), Lifecycle.NEW, Grade.B));

        browser.open("/customers/" + id);
        browser.find("#visit-form");
        assertFitsThePhone("card");
        new Select(browser.find("#kind")).selectByVisibleText("电话");
        browser.type("#purpose", "手机上记录的回访");
        browser.type("#result", "客户下周到店");
        browser.js("document.getElementById('visit-submit').scrollIntoView({block: 'center', behavior: 'instant'})");
        browser.click("#visit-submit");
        browser.waitForText("#visit-list", "手机上记录的回访");
        assertThat(browser.find("#visit-saved").getText()).contains("访问记录已保存");
        assertThat(browser.url()).endsWith("/customers/" + id);
        assertThat(browser.find("#purpose").getAttribute("value")).isEmpty();
        browser.screenshot("phone-customer-visit-zh.png");

        browser.open("/customers/routes");
        assertThat(browser.find("#route-table tbody tr:first-child .stop-name").getText()).isEqualTo("王芳");
        assertFitsThePhone("route plan");
        browser.screenshot("phone-route-plan-zh.png");

        browser.open("/customers/visits");
        assertThat(browser.find("#report-table").getText()).contains("张伟");
        assertFitsThePhone("visit report");
        browser.screenshot("phone-visit-report-zh.png");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
