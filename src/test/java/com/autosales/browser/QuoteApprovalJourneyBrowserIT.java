package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.autosales.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** On a phone: the consultant quotes beyond their authority, the sales manager approves, the consultant issues it. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteApprovalJourneyBrowserIT {

    @LocalServerPort int port;
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

    private Long openLeadOfConsultant1() {
        return jdbc.queryForObject("select max(l.id) from sales_lead l join app_user u on u.employee_id = l.owner_employee_id"
                + " where u.username = 'consultant1' and l.status = 'OPEN'", Long.class);
    }

    @Test
    void aDiscountBeyondTheConsultantsAuthorityIsApprovedByTheManagerThenGivenToTheCustomer() {
        Long trimId = jdbc.queryForObject("select id from vehicle_trim where name = '四驱R-Line越享版'", Long.class);
        browser.logInAs("consultant1");
        browser.open("/leads/" + openLeadOfConsultant1());
        browser.clickCentered("#quote-lead");
        new Select(browser.find("#trimId")).selectByValue(String.valueOf(trimId));
        browser.type("#exteriorColour", "曜石黑");
        browser.type("#interiorColour", "黑色");
        browser.type("#discount", "12000");
        browser.type("#insurance", "6800");
        browser.type("#registrationFee", "1500");
        browser.type("#comment", "客户同时在看本田CR-V，申请优惠12000元促成本周签约");
        browser.waitForText("#preview-authority", "超出");
        assertThat(browser.text("#figure-amount-due")).isEqualTo("266,200.00");
        browser.screenshot("quote-form-phone-zh.png");
        browser.clickCentered("#save-quote");
        browser.waitForUrlContaining("/quotes/");
        Long quoteId = Long.valueOf(browser.url().replaceAll(".*/quotes/(\\d+).*", "$1"));
        browser.clickCentered("#submit-approval");
        browser.waitForText("#quote-status", "待审批");
        browser.waitForText("#quote-approvals", "待");
        browser.screenshot("quote-pending-phone-zh.png");

        browser.logInAs("salesmanager");
        Long approvalId = jdbc.queryForObject("select id from approval where record_type = 'quote' and record_id = ?",
                Long.class, quoteId);
        browser.open("/approvals");
        assertThat(browser.visible("#approval-list").getText()).contains("报价优惠审批");
        browser.clickCentered("#approval-list a[href='/approvals/" + approvalId + "']");
        browser.type("#comment", "同意，本周内签约");
        browser.clickCentered("#approve");
        browser.waitForText("#approval-steps", "已同意");
        browser.screenshot("quote-approved-by-manager-phone-zh.png");

        await().atMost(Duration.ofSeconds(15)).until(() -> "APPROVED".equals(
                jdbc.queryForObject("select status from sales_quote where id = ?", String.class, quoteId)));
        browser.logInAs("consultant1");
        browser.open("/quotes/" + quoteId);
        browser.clickCentered("#issue-quote");
        browser.waitForText("#quote-status", "已发给客户");
        browser.waitForText("#quote-approvals", "同意，本周内签约");
        browser.screenshot("quote-issued-phone-zh.png");
        String pdf = browser.find("#quote-pdf").getAttribute("href");
        assertThat(pdf).endsWith("/quotes/" + quoteId + "/pdf");
        Object type = browser.js("return fetch(arguments[0]).then(r => r.headers.get('content-type'));", pdf);
        assertThat(String.valueOf(type)).startsWith("application/pdf");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
