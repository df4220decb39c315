package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.Grade;
import com.autosales.customers.Lifecycle;
import com.autosales.support.IntegrationTest;
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

/**
 * On a phone, a consultant creates an H lead for a customer, records the day's follow-up and sees the next one planned,
 * then asks for the lead to be closed as lost; the sales manager confirms it from the follow-up discipline page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadFollowUpJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired CustomerManagement customers;
    @Autowired JdbcTemplate jdbc;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port, Browser.PHONE);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aConsultantFollowsUpAnHLeadAndTheManagerConfirmsItsLoss() {
        Map<String, Object> wangFang = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = '王芳'");
        String name = "意向旅程客户" + System.nanoTime() % 100000;
        Long customerId = customers.registerFor((Long) wangFang.get("store_id"), (Long) wangFang.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.INDIVIDUAL, name,
                        "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), Lifecycle.NEW, Grade.B));

        browser.logInAs("consultant1");
        browser.open("/leads/new?customerId=" + customerId);
        assertThat(browser.find("#lead-customer").getText()).isEqualTo(name);
        new Select(browser.find("#level")).selectByValue("H");
        browser.type("#models", "途观L 四驱 旗舰版");
        browser.type("#competitorModels", "本田 CR-V");
        browser.clickCentered("#lead-submit");
        browser.waitForUrlContaining("/leads/");
        assertThat(browser.find("#lead-level").getText()).startsWith("H");
        Long leadId = jdbc.queryForObject("select id from sales_lead where customer_id = ?", Long.class, customerId);
        Long task = jdbc.queryForObject("select id from lead_follow_up where lead_id = ? and state = 'OPEN'", Long.class, leadId);

        browser.open("/follow-ups");
        assertThat(browser.text("#tasks-today")).contains(name);
        browser.clickCentered("#record-" + task);
        browser.find("#record-form-" + task + " textarea[name=summary]");
        browser.type("#record-form-" + task + " textarea[name=summary]", "客户约了周六试驾");
        browser.clickCentered("#record-form-" + task + " .record-submit");
        browser.waitForText("#tasks-upcoming", name);
        assertThat(browser.text("#follow-up-saved")).contains(name);
        assertThat(browser.present("#task-" + task)).isFalse();
        Map<String, Object> dims = browser.viewport();
        assertThat(((Number) dims.get("scroll")).longValue()).isLessThanOrEqualTo(((Number) dims.get("inner")).longValue());
        browser.screenshot("phone-follow-ups-zh.png");

        browser.open("/leads/" + leadId);
        new Select(browser.find("#reasonId")).selectByVisibleText("价格原因");
        browser.clickCentered("#lost-submit");
        browser.waitForText("#lead-status", "战败待确认");

        browser.logInAs("salesmanager");
        browser.open("/leads/manager");
        assertThat(browser.text("#lost-pending")).contains(name);
        browser.screenshot("phone-lead-manager-zh.png");
        browser.clickCentered("#confirm-lost-" + leadId);
        browser.waitUntil("lost request confirmed", () -> !browser.pageText().contains(name)
                || !browser.present("#confirm-lost-" + leadId));
        assertThat(jdbc.queryForObject("select status from sales_lead where id = ?", String.class, leadId)).isEqualTo("LOST");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
