package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.shared.Vin;
import com.autosales.support.IntegrationTest;
import com.autosales.support.TestVins;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The clerk receives three vehicles on the receipt form, finds them in the stock list and counted in the ageing chart. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockReceiptBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

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

    private static Vin vin() {
        return TestVins.fresh();
    }

    private long freshBucketCount() {
        return Long.parseLong(browser.text("#ageing-table tr[data-bucket='DAYS_0_30'] .bucket-count"));
    }

    @Test
    void theClerkReceivesThreeVehiclesAndSeesThemInTheListAndTheAgeing() {
        List<Vin> vins = List.of(vin(), vin(), vin());
        browser.logInAs("clerk");
        browser.open("/vehicles/stock");
        long before = freshBucketCount();

        browser.click("#receive-link");
        browser.find("#receipt-form");
        browser.type("#vehicles", vins.get(0) + " DPL900001\n" + vins.get(1) + " DPL900002\n" + vins.get(2) + " DPL900003");
        new Select(browser.find("#trimId")).selectByVisibleText("大众 途观L 2025款 330TSI · 两驱智享版");
        browser.type("#exteriorColour", "珍珠白");
        browser.type("#interiorColour", "黑色");
        browser.type("#location", "主展厅");
        browser.type("#document", "RK-BROWSER-01");
        browser.screenshot("vehicles-receive-zh.png");
        browser.clickCentered("#receipt-submit");
        browser.waitForUrlContaining("/vehicles/stock?received=3");
        assertThat(browser.text("#flash")).contains("车辆已入库");
        for (Vin vin : vins) {
            assertThat(browser.present("#stock-table tr[data-vin='" + vin + "']")).as(vin.value()).isTrue();
        }
        assertThat(freshBucketCount()).isEqualTo(before + 3);
        browser.find("#ageing-chart canvas");
        browser.screenshot("vehicles-stock-zh.png");

        // on a phone the clerk looks the new car up by a piece of its VIN and opens it
        browser.resize(Browser.PHONE);
        browser.type("#vin", vins.get(1).value().substring(11));
        browser.waitUntil("the list to show only the searched car", () -> browser.all("#stock-table tbody tr").size() == 1);
        browser.screenshot("vehicles-stock-phone-zh.png");
        browser.clickCentered("#stock-table tbody tr a");
        browser.waitForText("#vehicle-vin", vins.get(1).value());
        assertThat(browser.text("#history")).contains("RK-BROWSER-01").contains("陈静");
        assertThat(browser.viewport().get("scroll")).isEqualTo(browser.viewport().get("inner"));
        browser.screenshot("vehicles-vehicle-phone-zh.png");

        browser.resize(Browser.DESKTOP);
        browser.open("/vehicles/stock?lang=en");
        browser.find("#ageing-chart canvas");
        assertThat(browser.text("#ageing-table")).contains("0–30 days").contains("Cost tied up");
        browser.screenshot("vehicles-stock-en.png");
        browser.open("/vehicles/catalogue");
        browser.screenshot("vehicles-catalogue-en.png");
        browser.open("/vehicles/catalogue?lang=zh_CN");
        browser.screenshot("vehicles-catalogue-zh.png");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from stock_movement where document = 'RK-BROWSER-01'", Integer.class))
                .isEqualTo(3);
    }
}
