package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.Grade;
import com.autosales.customers.Lifecycle;
import com.autosales.support.IntegrationTest;
import com.autosales.testdrives.TestDriveFleet;
import java.time.Clock;
import java.time.LocalDate;
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
 * The consultant's day on a phone, end to end: a walk-in is logged and becomes an H lead, a follow-up plans the next
 * call, a test drive is booked and a second consultant is refused the same car and slot; the manager watches overdue
 * follow-ups and confirms the lead lost; a platform lead given by the manager counts down on the consultant's list.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShowroomToTestDriveJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired TestDriveFleet fleet;
    @Autowired CustomerManagement customers;
    @Autowired Clock clock;
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

    private void assertFitsThePhone(String page) {
        Map<String, Object> dims = browser.viewport();
        assertThat(((Number) dims.get("scroll")).longValue()).as(page + ": page scrolls sideways")
                .isLessThanOrEqualTo(((Number) dims.get("inner")).longValue());
    }

    @Test
    void aWalkInBecomesAnHLeadIsFollowedUpTestDrivenAndFinallyConfirmedLost() {
        String tag = String.valueOf(System.nanoTime() % 100000);
        String name = "旅程访客" + tag;
        String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));

        // 1. a walk-in, logged on the phone, turned into an H lead from the showroom board
        browser.logInAs("consultant1");
        browser.open("/showroom/receptions/new");
        browser.type("#customerPhone", phone);
        browser.waitForText("#customer-match", "新客户");
        browser.type("#customerName", name);
        browser.type("#models", "途观L 四驱");
        browser.clickCentered("#reception-submit");
        browser.waitForText("#in-showroom", name);
        browser.js("[...document.querySelectorAll('.board-entry')].find(li => li.textContent.includes(arguments[0]))"
                + ".querySelector('.to-lead').click();", name);
        browser.find("#lead-form");
        assertThat(browser.find("#lead-customer").getText()).isEqualTo(name);
        assertThat(browser.find("#models").getAttribute("value")).isEqualTo("途观L 四驱");
        assertThat(new Select(browser.find("#source")).getFirstSelectedOption().getAttribute("value")).isEqualTo("WALK_IN");
        new Select(browser.find("#level")).selectByValue("H");
        browser.clickCentered("#lead-submit");
        browser.waitForUrlContaining("/leads/");
        assertThat(browser.find("#lead-level").getText()).startsWith("H");
        assertThat(browser.present("#lead-first-contact")).as("a walk-in was a conversation already").isFalse();
        Long customerId = jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
        Long leadId = jdbc.queryForObject("select id from sales_lead where customer_id = ?", Long.class, customerId);

        // 2. the follow-up recorded on the lead plans the next call by H's cadence (every day)
        browser.type("#lead-record-form textarea[name=summary]", "客户想周六来试驾四驱版");
        browser.clickCentered("#lead-record-form .record-submit");
        browser.waitForText("#lead-next", LocalDate.now(clock).plusDays(1).toString());
        browser.open("/follow-ups");
        assertThat(browser.text("#tasks-upcoming")).contains(name);
        assertFitsThePhone("call list");

        // 3. a test drive in a free slot; a second consultant is refused the same car and slot
        Long store = jdbc.queryForObject("select store_id from app_user where username = 'consultant1'", Long.class);
        Long car = fleet.addCarFor(store, "旅程试驾车" + tag, "沪C" + tag, "白");
        LocalDate day = LocalDate.now(clock).plusDays(2);
        String slot = "tr[data-car='" + car + "'] td[data-start='11:00']";
        browser.open("/test-drives?day=" + day);
        browser.clickCentered(slot + " a.slot-book");
        browser.find("#book-form");
        browser.type("#q", name);
        browser.click("#customer-search button[type=submit]");
        browser.waitUntil("the customer to be offered", () -> browser.all("#customerId option").stream()
                .anyMatch(o -> o.getText().contains(name)));
        new Select(browser.find("#customerId")).selectByIndex(1);
        browser.clickCentered("#book-submit");
        browser.waitForUrlContaining("/test-drives?day=");
        assertThat(browser.text("#flash")).contains("试驾已预约");

        browser.logInAs("consultant2");
        browser.open("/test-drives/new?carId=" + car + "&day=" + day + "&start=11:00");
        browser.find("#book-form");
        browser.open("/test-drives?day=" + day);
        assertThat(browser.present(slot + " a.slot-book")).isFalse();
        Long theirCustomer = jdbc.queryForObject("select id from customer where name = '黄志强'", Long.class);
        browser.open("/test-drives/new?carId=" + car + "&day=" + day + "&start=11:00&customerId=" + theirCustomer);
        browser.clickCentered("#book-submit");
        assertThat(browser.text("#form-error")).contains("该试驾车此时段已被预约");
        assertThat(jdbc.queryForObject("select count(*) from testdrive where car_id = ?", Integer.class, car)).isEqualTo(1);

        // 4. the customer bought elsewhere: lost asked by the consultant, confirmed by the manager
        browser.logInAs("consultant1");
        browser.open("/leads/" + leadId);
        new Select(browser.find("#reasonId")).selectByVisibleText("购买了竞品");
        browser.clickCentered("#lost-submit");
        browser.waitForText("#lead-status", "战败待确认");

        browser.logInAs("salesmanager");
        browser.open("/leads/manager");
        assertThat(browser.text("#overdue-table")).contains("张伟");
        assertThat(browser.text("#lost-pending")).contains(name);
        browser.clickCentered("#confirm-lost-" + leadId);
        browser.waitUntil("the lost request is confirmed", () -> !browser.present("#confirm-lost-" + leadId));
        assertThat(jdbc.queryForObject("select status from sales_lead where id = ?", String.class, leadId)).isEqualTo("LOST");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aPlatformLeadGivenByTheManagerCountsDownOnTheConsultantsCallList() {
        String name = "平台线索" + System.nanoTime() % 100000;
        String phone = "133" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> wangFang = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = '王芳'");
        Long customerId = customers.registerFor((Long) wangFang.get("store_id"), (Long) wangFang.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.INDIVIDUAL, name, phone, Lifecycle.NEW, Grade.B));
        browser.logInAs("salesmanager");
        browser.open("/leads/new?customerId=" + customerId);
        new Select(browser.find("#ownerEmployeeId")).selectByVisibleText("张伟 · 销售顾问");
        new Select(browser.find("#source")).selectByValue("ONLINE");
        browser.type("#sourceDetail", "汽车之家");
        browser.type("#models", "帕萨特");
        browser.clickCentered("#lead-submit");
        browser.waitForUrlContaining("/leads/");
        assertThat(browser.text("#lead-owner")).isEqualTo("张伟");

        browser.logInAs("consultant1");
        browser.open("/follow-ups");
        String badge = "#first-contacts .first-contact-lead:has(a) .first-contact-text";
        browser.waitUntil("the countdown to run", () -> browser.text("#first-contacts").contains(name)
                && browser.all(badge).stream().anyMatch(e -> e.getText().startsWith("首次联系剩余")));
        browser.screenshot("phone-first-contact-countdown-zh.png");
        assertFitsThePhone("call list with a countdown");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
