package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.shared.Vin;
import com.autosales.support.IntegrationTest;
import com.autosales.vehicles.CatalogueSetup;
import com.autosales.vehicles.StockBookFixtures;
import com.autosales.vehicles.StockSetup;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On her phone the clerk transfers a car to the sister store, then reads this month's stock book and the weekly report
 * of a model: two cars from last month, one received today, one sold and handed over today, the transferred one out.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockBookBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired StockSetup setup;
    @Autowired CatalogueSetup catalogue;
    @Autowired Clock clock;

    private Browser browser;
    private StockBookFixtures fixtures;
    private StockBookFixtures.OwnModel model;
    private Long toTransfer;

    @BeforeAll
    void aModelsMonthAndABrowser() {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastMonth = today.withDayOfMonth(1).minusDays(15);
        fixtures = new StockBookFixtures(setup, jdbc);
        model = fixtures.ownModel(catalogue, today.minusYears(1));
        Long pudong = jdbc.queryForObject("select store_id from app_user where username = 'clerk'", Long.class);
        fixtures.receive(pudong, model, lastMonth, 180_000);
        Vin sold = fixtures.receive(pudong, model, lastMonth, 181_000);
        fixtures.sellAndDeliver(sold, today);
        toTransfer = fixtures.idOf(fixtures.receive(pudong, model, today, 182_000));
        browser = Browser.start(port, Browser.PHONE);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String figure(String column) {
        return browser.text("#book-summary tr[data-model='" + model.modelId() + "'] td[data-col='" + column + "'] .units");
    }

    @Test
    void theClerkTransfersACarAndReadsTheStockBookAndTheWeeklyReportOnHerPhone() {
        browser.logInAs("clerk");
        browser.open("/vehicles/stock/" + toTransfer);
        new Select(browser.find("#targetStoreId")).selectByVisibleText("上海闵行4S店");
        browser.type("#transfer-document", "DB-BROWSER-" + fixtures.tag);
        browser.screenshot("vehicles-transfer-phone-zh.png");
        browser.clickCentered("#transfer-submit");
        browser.waitForUrlContaining("/vehicles/stock");
        assertThat(browser.text("#flash")).contains("车辆已调拨");

        browser.clickCentered("#stock-book-link");
        browser.find("#book-summary");
        assertThat(figure("opening")).isEqualTo("2");
        assertThat(figure("inbound")).isEqualTo("1");
        assertThat(figure("outbound")).isEqualTo("2");
        assertThat(figure("closing")).isEqualTo("1");
        assertThat(figure("now")).isEqualTo("1");
        assertThat(browser.text("#book-documents")).contains("DB-BROWSER-" + fixtures.tag).contains("调拨出库");
        assertThat(browser.viewport().get("scroll")).isEqualTo(browser.viewport().get("inner"));
        browser.screenshot("vehicles-stock-book-phone-zh.png");

        browser.clickCentered("#report-link");
        browser.find("#ageing-chart canvas");
        String line = "#report-stock tr[data-model='" + fixtures.modelName() + "'] ";
        assertThat(browser.text(line + "td[data-status='IN_STOCK']")).isEqualTo("1");
        assertThat(browser.text(line + "td[data-status='STANDING']")).isEqualTo("1");
        assertThat(Long.parseLong(browser.text("#report-week tr[data-kind='SALE_OUT'] .units"))).isGreaterThanOrEqualTo(1);
        assertThat(browser.viewport().get("scroll")).isEqualTo(browser.viewport().get("inner"));
        browser.screenshot("vehicles-stock-report-phone-zh.png");

        browser.resize(Browser.DESKTOP);
        browser.open("/vehicles/stock-book");
        browser.find("#book-summary");
        assertThat(figure("FACTORY_IN")).isEqualTo("1");
        assertThat(figure("SALE_OUT")).isEqualTo("1");
        assertThat(figure("TRANSFER_OUT")).isEqualTo("1");
        assertThat(figure("RETURN_IN")).isEqualTo("0");
        browser.screenshot("vehicles-stock-book-zh.png");
        browser.open("/vehicles/stock-report?lang=en");
        browser.find("#ageing-chart canvas");
        assertThat(browser.text("#report-week")).contains("Sale delivery");
        browser.screenshot("vehicles-stock-report-en.png");
        browser.open("/vehicles/stock-book");
        assertThat(browser.text("#book-summary")).contains("Opening").contains("Closing");
        browser.screenshot("vehicles-stock-book-en.png");
        browser.open("/vehicles/stock-book?lang=zh_CN");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
