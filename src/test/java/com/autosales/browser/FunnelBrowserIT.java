package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.autosales.showroom.ReceptionForm;
import com.autosales.showroom.ReceptionKind;
import com.autosales.showroom.ReceptionLog;
import com.autosales.showroom.ReceptionSource;
import com.autosales.support.StoreToday;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sales manager opens the funnel, sees the chart and the stages, and a click on a number lists its records. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelBrowserIT {

    @LocalServerPort int port;
    @Autowired ReceptionLog receptions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private Browser browser;

    /** A walk-in of consultant1 a minute ago, so this month has a visit whatever day the suite runs. */
    @BeforeAll
    void aVisitThisMonthAndTheManagerLoggedIn() {
        Map<String, Object> c1 = jdbc.queryForMap("select store_id, employee_id from app_user where username = 'consultant1'");
        Long visit = receptions.logFor((Long) c1.get("store_id"), (Long) c1.get("employee_id"), "consultant1",
                new ReceptionForm(ReceptionKind.VISIT, StoreToday.minutesAgo(clock, 1),
                        null, 1, ReceptionSource.WALK_IN, null, "漏斗测试", null, true, null, null, false)).id();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from funnel_entry where stage = 'VISIT' and record_id = ?", Long.class, visit) == 1);
        browser = Browser.start(port);
        browser.open("/login");
        browser.logIn("salesmanager", Logins.DEMO_PASSWORD);
        browser.find("#greeting");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aClickOnTheNumberOfVisitsListsExactlyThoseVisits() {
        browser.open("/");
        browser.click("a.nav-link[href='/funnel']");
        browser.find("#funnel-stages");
        browser.waitUntil("the chart to be drawn", () -> browser.present("#funnel-chart canvas"));
        assertThat(browser.text("#preset-THIS_MONTH")).isEqualTo("本月");
        assertThat(browser.text("#funnel-stages")).contains("到店/来电").contains("意向客户").contains("试乘试驾")
                .contains("报价").contains("订单").contains("交车");
        assertThat(browser.text("#funnel-consultants")).contains("张伟");
        browser.screenshot("funnel-zh.png");

        String visits = browser.text("#funnel-stages tr[data-stage='VISIT'] a.funnel-count");
        assertThat(Long.parseLong(visits)).isPositive();
        browser.click("#funnel-stages tr[data-stage='VISIT'] a.funnel-count");
        browser.waitForUrlContaining("/funnel/records?stage=VISIT");
        assertThat(browser.text("#records-title")).isEqualTo("明细：到店/来电");
        long listed = browser.all("#funnel-records tr.funnel-record").size();
        if (browser.present("nav .pagination")) {
            assertThat(browser.pageText()).contains("共 " + visits + " 条");
        } else {
            assertThat(listed).isEqualTo(Long.parseLong(visits));
        }
        assertThat(browser.text("#funnel-records")).contains("张伟");
        browser.screenshot("funnel-records-zh.png");
        browser.click("#funnel-records tr.funnel-record a");
        browser.waitForUrlContaining("/showroom/receptions/");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aClickOnTheFunnelsTopSegmentOpensTheVisits() {
        browser.open("/funnel");
        browser.waitUntil("the chart to be drawn", () -> browser.present("#funnel-chart canvas"));
        WebElement chart = browser.find("#funnel-chart");
        int width = chart.getSize().getWidth();
        int height = chart.getSize().getHeight();
        // the funnel takes the left 2–60 % of the width; the first of six segments is at the top
        new Actions(browser.driver()).moveToElement(chart, (int) (width * 0.31) - width / 2, 8 + (height - 16) / 12 - height / 2)
                .click().perform();
        browser.waitForUrlContaining("/funnel/records?stage=VISIT");
    }

    @Test
    void onAPhoneAndInEnglishTheFunnelFitsTheScreen() {
        browser.resize(Browser.PHONE);
        try {
            browser.open("/funnel?lang=en");
            browser.waitUntil("the chart to be drawn", () -> browser.present("#funnel-chart canvas"));
            assertThat(browser.text("#funnel-stages")).contains("Visits & calls").contains("Deliveries");
            Map<String, Object> dims = browser.viewport();
            assertThat(((Number) dims.get("scroll")).longValue()).as("page scrolls sideways")
                    .isLessThanOrEqualTo(((Number) dims.get("inner")).longValue());
            Number chartWidth = (Number) browser.js("return document.querySelector('#funnel-chart canvas').getBoundingClientRect().width;");
            assertThat(chartWidth.doubleValue()).as("the chart follows the phone's width").isLessThanOrEqualTo(390);
            browser.screenshot("phone-funnel-en.png");
            browser.open("/funnel?lang=zh_CN");
            browser.waitUntil("the chart to be drawn", () -> browser.present("#funnel-chart canvas"));
            browser.screenshot("phone-funnel-zh.png");
            browser.js("document.getElementById('funnel-stages').scrollIntoView({block: 'start', behavior: 'instant'})");
            browser.screenshot("phone-funnel-tables-zh.png");
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }
}
