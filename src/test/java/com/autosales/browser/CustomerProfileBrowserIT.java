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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** On a phone a consultant fills in the card's classification and finds the customer with the list's filter. */
@IntegrationTest
class CustomerProfileBrowserIT {

    @LocalServerPort int port;
    @Autowired CustomerManagement customers;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aConsultantClassifiesACustomerOnAPhoneAndFiltersTheListByIt() {
        Browser.assumeInstalled();
        Map<String, Object> wangFang = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = '王芳'");
        String name = "路序浏览器测试" + System.nanoTime() % 100000;
        Long id = customers.registerFor((Long) wangFang.get("store_id"), (Long) wangFang.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.ORGANISATION, name, "1344" + String.format("%07d", System.nanoTime() % 10_000_000),
                        Lifecycle.NEW, Grade.B));
        try (Browser browser = Browser.start(port, Browser.PHONE)) {
            browser.logIn("consultant1", Logins.DEMO_PASSWORD);
            browser.find("#greeting");
            browser.open("/customers/" + id);
            browser.visible("#profile-basic");
            var basic = browser.find("#profile-basic").getRect();
            var traits = browser.find("#profile-traits").getRect();
            assertThat(traits.getY()).as("sections stack on a phone").isGreaterThan(basic.getY() + basic.getHeight() - 1);
            assertThat(traits.getWidth()).isEqualTo(basic.getWidth());
            assertThat((Long) browser.js("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(390L);

            browser.js("document.querySelector('#edit-profile-classification').scrollIntoView({block: 'center', behavior: 'instant'});");
            browser.click("#edit-profile-classification");
            browser.visible("#profile-form-classification");
            new Select(browser.find("#volumeClass")).selectByValue("KEY");
            new Select(browser.find("#tradeStage")).selectByValue("ABOUT_TO_TRADE");
            browser.type("#region", "浦东");
            browser.type("#visitOrder", "4");
            browser.screenshot("phone-customer-profile-form-zh.png");
            browser.js("document.querySelector('#profile-save-classification').scrollIntoView({block: 'center', behavior: 'instant'});");
            browser.click("#profile-save-classification");
            browser.waitForText("#profile-classification", "主力");
            assertThat(browser.find("#profile-classification").getText()).contains("即将交易", "浦东", "4");
            browser.js("document.querySelector('#profile-classification').scrollIntoView({block: 'start', behavior: 'instant'});");
            browser.screenshot("phone-customer-profile-zh.png");

            browser.open("/customers");
            browser.type("#customer-search", "路序浏览器测试");
            browser.waitForHtmx();
            assertThat(browser.find("#filter-volumeClass").isDisplayed()).as("filters fold away on a phone").isFalse();
            browser.click("#toggle-filters");
            browser.visible("#filter-volumeClass");
            new Select(browser.find("#filter-volumeClass")).selectByValue("SCATTERED");
            browser.waitForHtmx();
            browser.waitUntil("the filter to narrow the list", () -> !browser.pageText().contains(name));
            new Select(browser.find("#filter-volumeClass")).selectByValue("KEY");
            browser.waitForText("#customer-results", name);
            assertThat(browser.url()).contains("volumeClass=KEY");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
