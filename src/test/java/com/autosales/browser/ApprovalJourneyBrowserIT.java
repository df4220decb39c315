package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.approvals.ApprovalPolicy;
import com.autosales.approvals.ApprovalRequest;
import com.autosales.approvals.Approvals;
import com.autosales.shared.Money;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The sales manager finds a consultant's request in the inbox, approves it, and it moves on to the GM. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired Approvals approvals;
    @Autowired UserDetailsService users;

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

    /** A consultant's request, made the way a module makes it: as the signed-in consultant. */
    private Long creditLimitRequestByConsultant1(String customer) {
        UserDetails consultant = users.loadUserByUsername("consultant1");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(consultant, null, consultant.getAuthorities()));
        try {
            long recordId = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
            return approvals.request(ApprovalRequest.of("customers", "browser-credit-limit", recordId,
                            ApprovalPolicy.MANAGER_THEN_GM)
                    .titled("approval.title.credit-limit", customer, "60000").linkedTo("/customers")
                    .withAmount(Money.of(60000)).withNote("客户新增车队采购")).value();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theSalesManagerApprovesAConsultantsRequestAndTheGmSeesItNext() {
        String customer = "浏览器客户" + ThreadLocalRandom.current().nextInt(1000, 9999);
        Long id = creditLimitRequestByConsultant1(customer);
        browser.open("/login");
        browser.logIn("salesmanager", Logins.DEMO_PASSWORD);
        browser.click("#sidebar a[href='/approvals']");
        assertThat(browser.visible("#approval-list").getText()).contains(customer);
        browser.screenshot("approvals-inbox-zh.png");
        browser.click("#approval-list a[href='/approvals/" + id + "']");
        assertThat(browser.visible("#approval-title").getText()).contains(customer);
        browser.screenshot("approval-detail-zh.png");
        browser.type("#comment", "同意，客户历史付款良好");
        browser.click("#approve");
        browser.waitForText("#approval-steps", "已同意");
        assertThat(browser.find("#main").getText()).contains("李明 同意", "同意，客户历史付款良好", "待 王建国 审批");
        browser.screenshot("approval-approved-zh.png");
        assertThat(browser.consoleErrors()).isEmpty();

        browser.deleteAllCookies();
        browser.open("/login");
        browser.logIn("gm", Logins.DEMO_PASSWORD);
        browser.find("#greeting");
        browser.open("/approvals");
        browser.screenshot("approvals-gm-zh.png");
        assertThat(browser.find("#main").getText()).contains(customer);
    }
}
