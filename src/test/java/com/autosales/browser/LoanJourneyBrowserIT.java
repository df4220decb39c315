package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.sales.LoanFixtures;
import com.autosales.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** On a phone: the finance specialist opens the application, ticks the five documents, submits, approves, disburses. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoanJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired LoanFixtures fixtures;

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
    void theFinanceSpecialistTakesAFinancedContractFromTheWorkbenchToDisbursement() throws Exception {
        Long contractId = fixtures.approvedFinancedContractOf("consultant1");
        browser.logInAs("finance");
        browser.open("/loans");
        browser.waitForText("#section-to-open", "待申请");
        browser.screenshot("loan-workbench-phone-zh.png");
        browser.clickCentered("#open-loan-" + contractId);
        browser.waitForUrlContaining("/loans/new");
        browser.clickCentered("#save-loan");
        browser.waitForText("#loan-status", "收集资料");
        Long loanId = Long.valueOf(browser.url().replaceAll(".*/loans/(\\d+).*", "$1"));
        assertThat(browser.text("#submit-blocked")).contains("身份证", "居住证明");

        for (String code : List.of("ID_CARD", "DRIVING_LICENCE", "INCOME_PROOF", "BANK_STATEMENTS", "RESIDENCE_PROOF")) {
            browser.clickCentered("#tick-" + code);
            browser.waitForHtmx();
            browser.waitForText("#doc-" + code, "由");
        }
        browser.waitForText("#checklist-count", "资料已齐");
        browser.screenshot("loan-documents-complete-phone-zh.png");
        browser.type("#submit-comment", "五大件齐全，今日送工行");
        browser.clickCentered("#submit-loan");
        browser.waitForText("#loan-status", "已提交");

        browser.type("#lenderReference", "ICBC-2026-1207");
        browser.clickCentered("#approve-loan");
        browser.waitForText("#loan-status", "已批准");
        browser.clickCentered("#disburse-loan");
        browser.waitForText("#loan-status", "已放款");
        browser.waitForText("#loan-steps", "放款");
        browser.screenshot("loan-disbursed-phone-zh.png");

        assertThat(jdbc.queryForObject("select status from sales_loan where id = ?", String.class, loanId)).isEqualTo("DISBURSED");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
