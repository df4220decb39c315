package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.Grade;
import com.autosales.customers.Lifecycle;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import com.autosales.testdrives.TestDriveFleet;
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

/** On a phone, a consultant books a free slot from the calendar; a second consultant trying the same car and slot is told it is taken. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestDriveBookingBrowserIT {

    @LocalServerPort int port;
    @Autowired CustomerManagement customers;
    @Autowired TestDriveFleet fleet;
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

    private Long customerOf(String username, String name) {
        Map<String, Object> user = jdbc.queryForMap("select store_id, employee_id from app_user where username = ?", username);
        return customers.registerFor((Long) user.get("store_id"), (Long) user.get("employee_id"),
                new CustomerDetails(CustomerKind.INDIVIDUAL, name,
                        "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), Lifecycle.NEW, Grade.A));
    }

    @Test
    void aConsultantBooksAFreeSlotAndASecondConsultantIsRefusedTheSameCarAndSlot() {
        String tag = String.valueOf(System.nanoTime() % 100000);
        Long store = jdbc.queryForObject("select store_id from app_user where username = 'consultant1'", Long.class);
        Long car = fleet.addCarFor(store, "浏览器试驾车" + tag, "沪B" + tag, "红");
        String name1 = "手机试驾客户" + tag;
        customerOf("consultant1", name1);
        Long customer2 = customerOf("consultant2", "第二位客户" + tag);
        LocalDate day = LocalDate.now().plusDays(3);

        browser.open("/login");
        browser.logIn("consultant1", Logins.DEMO_PASSWORD);
        browser.open("/test-drives?day=" + day);
        String slot = "tr[data-car='" + car + "'] td[data-start='10:00']";
        browser.js("document.querySelector(arguments[0]).scrollIntoView({block: 'center', inline: 'end', behavior: 'instant'})",
                slot + " a.slot-book");
        browser.screenshot("phone-test-drive-calendar-zh.png");
        browser.click(slot + " a.slot-book");
        browser.find("#book-form");
        browser.type("#q", name1);
        browser.click("#customer-search button[type=submit]");
        browser.waitUntil("the searched customer to be offered", () -> browser.all("#customerId option").stream()
                .anyMatch(o -> o.getText().contains(name1)));
        new Select(browser.find("#customerId")).selectByIndex(1);
        assertThat(new Select(browser.find("#carId")).getFirstSelectedOption().getText()).contains("沪B" + tag);
        assertThat(new Select(browser.find("#start")).getFirstSelectedOption().getText()).isEqualTo("10:00");
        browser.js("document.getElementById('book-submit').scrollIntoView({block: 'center', behavior: 'instant'})");
        browser.click("#book-submit");
        browser.waitForUrlContaining("/test-drives?day=");
        assertThat(browser.text("#flash")).contains("试驾已预约");
        assertThat(browser.text(slot)).contains("手 · 张伟");

        browser.deleteAllCookies();
        browser.open("/login");
        browser.logIn("consultant2", Logins.DEMO_PASSWORD);
        browser.open("/test-drives?day=" + day);
        assertThat(browser.text(slot)).contains("已约 · 张伟");
        assertThat(browser.present(slot + " a.slot-book")).isFalse();
        // the form was opened before the slot was taken, as on a second phone
        browser.open("/test-drives/new?carId=" + car + "&day=" + day + "&start=10:00&customerId=" + customer2);
        browser.js("document.getElementById('book-submit').scrollIntoView({block: 'center', behavior: 'instant'})");
        browser.click("#book-submit");
        assertThat(browser.text("#form-error")).contains("该试驾车此时段已被预约");
        browser.screenshot("phone-test-drive-refused-zh.png");
        assertThat(jdbc.queryForObject("select count(*) from testdrive where car_id = ?", Integer.class, car)).isEqualTo(1);
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
