package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.autosales.support.IntegrationTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8's journey: a discount beyond the consultant's authority approved by the manager, the quote accepted, the
 * contract drawn up, reviewed in the manager's inbox, signed; its PDF carries the agreed figures and the lead is won.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port, Browser.DESKTOP);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Long newLeadOfConsultant1() {
        browser.open("/leads/new?customerId=" + jdbc.queryForObject("select min(c.id) from customer c join app_user u"
                + " on u.employee_id = c.owner_employee_id where u.username = 'consultant1'", Long.class));
        browser.type("#models", "途观L");
        new Select(browser.find("#level")).selectByValue("H");
        browser.clickCentered("#lead-submit");
        browser.waitForUrlContaining("/leads/");
        return Long.valueOf(browser.url().replaceAll(".*/leads/(\\d+).*", "$1"));
    }

    private void approveInInbox(String recordType, Long recordId, String comment) {
        Long approvalId = jdbc.queryForObject("select id from approval where record_type = ? and record_id = ?"
                + " and status = 'PENDING'", Long.class, recordType, recordId);
        browser.open("/approvals");
        browser.clickCentered("#approval-list a[href='/approvals/" + approvalId + "']");
        browser.type("#comment", comment);
        browser.clickCentered("#approve");
        browser.waitForText("#approval-steps", "已同意");
    }

    @Test
    void aQuoteBeyondAuthorityBecomesASignedContractWhosePdfCarriesTheAgreedFigures() throws Exception {
        Long trimId = jdbc.queryForObject("select id from vehicle_trim where name = '四驱R-Line越享版'", Long.class);
        browser.logInAs("consultant1");
        Long leadId = newLeadOfConsultant1();
        browser.clickCentered("#quote-lead");
        new Select(browser.find("#trimId")).selectByValue(String.valueOf(trimId));
        browser.type("#exteriorColour", "曜石黑");
        browser.type("#interiorColour", "黑色");
        browser.type("#discount", "12000");
        browser.type("#insurance", "6800");
        browser.type("#registrationFee", "1500");
        browser.type("#comment", "客户对比CR-V，申请优惠12000元本周签约");
        browser.waitForText("#preview-authority", "超出");
        browser.clickCentered("#save-quote");
        browser.waitForUrlContaining("/quotes/");
        Long quoteId = Long.valueOf(browser.url().replaceAll(".*/quotes/(\\d+).*", "$1"));
        browser.clickCentered("#submit-approval");
        browser.waitForText("#quote-status", "待审批");

        browser.logInAs("salesmanager");
        approveInInbox("quote", quoteId, "同意，本周签约");
        await().atMost(Duration.ofSeconds(15)).until(() -> "APPROVED".equals(
                jdbc.queryForObject("select status from sales_quote where id = ?", String.class, quoteId)));

        browser.logInAs("consultant1");
        browser.open("/quotes/" + quoteId);
        browser.clickCentered("#issue-quote");
        browser.waitForText("#quote-status", "已发给客户");
        browser.clickCentered("#accept-quote");
        browser.waitUntil("the draw-up button", () -> browser.present("#draw-up-contract"));
        browser.clickCentered("#draw-up-contract");
        browser.waitForUrlContaining("/contracts/new");
        assertThat(browser.find("#terms").getAttribute("value")).contains("第一条");
        browser.type("#buyerIdNumber", "310101199001011234");
        browser.type("#buyerAddress", "上海市浦东新区世纪大道100号");
        browser.type("#depositAmount", "10000");
        browser.clickCentered("#save-contract");
        browser.waitForText("#contract-status", "草稿");
        Long contractId = Long.valueOf(browser.url().replaceAll(".*/contracts/(\\d+).*", "$1"));
        assertThat(browser.text("#figure-amount-due")).isEqualTo("266,200.00");
        browser.type("#submit-comment", "客户已确认配置和交车日期");
        browser.clickCentered("#submit-contract");
        browser.waitForText("#contract-status", "待审核");

        browser.logInAs("salesmanager");
        browser.waitUntil("the inbox count in the menu", () -> !browser.text("a[href='/approvals'] .float-end").isBlank());
        assertThat(Integer.parseInt(browser.text("a[href='/approvals'] .float-end").trim())).isGreaterThanOrEqualTo(1);
        approveInInbox("contract", contractId, "合同条款无误，同意");
        browser.open("/contracts/" + contractId);
        browser.waitForText("#contract-status", "已审核");
        browser.screenshot("contract-approved-zh.png");

        browser.logInAs("consultant1");
        browser.open("/contracts/" + contractId);
        browser.clickCentered("#sign-contract");
        browser.waitForText("#contract-status", "已签订");
        browser.waitForText("#contract-documents", "-v1.pdf");
        browser.waitForText("#contract-steps", "客户签订");
        browser.screenshot("contract-signed-zh.png");

        String number = browser.text("#contract-number");
        byte[] pdf = browser.download("/contracts/" + contractId + "/pdf");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/contract.pdf"), pdf);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("汽车销售合同", number, "¥266,200.00", "-¥12,000.00", "¥10,000.00", "310101199001011234")
                .doesNotContain("草稿");

        await().atMost(Duration.ofSeconds(15)).until(() -> "WON".equals(
                jdbc.queryForObject("select status from sales_lead where id = ?", String.class, leadId)));
        browser.open("/leads/" + leadId);
        browser.waitForText("#lead-status", "成交");

        browser.resize(Browser.PHONE);
        browser.open("/contracts/" + contractId + "?lang=en");
        browser.waitForText("#contract-status", "Signed");
        browser.screenshot("contract-signed-phone-en.png");
        browser.deleteCookie("AUTOSALES_LANG");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
