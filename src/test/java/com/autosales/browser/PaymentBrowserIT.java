package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.autosales.sales.ContractFixtures;
import com.autosales.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** On a phone: the finance specialist records a signed contract's deposit; a double tap on the button books it once. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContractFixtures contracts;

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
    void theDepositIsRecordedOnceEvenWhenTheButtonIsTappedTwice() throws Exception {
        Long contractId = contracts.approvedOf("consultant1", "FINANCE");
        contracts.action("consultant1", contractId, "sign", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from receivable_account where contract_id = ?", Integer.class, contractId) == 1);

        browser.logInAs("finance");
        browser.open("/contracts/" + contractId);
        browser.waitForText("#contract-receivables", "定金");
        browser.clickCentered("#record-deposit");
        browser.waitForUrlContaining("/payments/new");
        assertThat(browser.find("#amount").getAttribute("value")).isEqualTo("5000.00");
        browser.type("#reference", "420000123456789");
        browser.js("document.querySelector('#save-payment').scrollIntoView({block: 'center'});"
                + "const b = document.querySelector('#save-payment'); b.click(); b.click();");
        browser.waitForUrlContaining("/payments/");
        browser.waitForText("#payment-amount", "5,000.00");
        browser.screenshot("payment-recorded-phone-zh.png");
        assertThat(jdbc.queryForObject("select count(*) from payment where contract_id = ?", Integer.class, contractId))
                .isEqualTo(1);
        Object type = browser.js("return fetch(arguments[0]).then(r => r.headers.get('content-type'));",
                browser.find("#payment-receipt").getAttribute("href"));
        assertThat(String.valueOf(type)).startsWith("application/pdf");

        browser.open("/contracts/" + contractId);
        browser.waitForText("#contract-status", "已收定金");
        browser.waitForText("#receivable-received", "5,000.00");
        browser.open("/receivables");
        browser.waitForText("#ageing-table", "未到期");
        browser.screenshot("receivables-phone-zh.png");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
