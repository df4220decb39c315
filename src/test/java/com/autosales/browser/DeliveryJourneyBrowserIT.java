package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.autosales.sales.ContractFixtures;
import com.autosales.support.IntegrationTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9's journey, all in the browser: lead → quote → contract approved and signed → deposit → car allocated →
 * PDI and handover checklists → customer signature → final payment → delivery → the calls after delivery are on the
 * consultant's list and nothing is owed any more.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContractFixtures contracts;

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

    private Long idIn(String path) {
        return Long.valueOf(browser.url().replaceAll(".*/" + path + "/(\\d+).*", "$1"));
    }

    private Long signedCashContractThroughThePages() {
        Long trimId = jdbc.queryForObject("select id from vehicle_trim where name = '四驱R-Line越享版'", Long.class);
        browser.logInAs("consultant1");
        browser.open("/leads/new?customerId=" + jdbc.queryForObject("select min(c.id) from customer c join app_user u"
                + " on u.employee_id = c.owner_employee_id where u.username = 'consultant1'", Long.class));
        browser.type("#models", "途观L");
        new Select(browser.find("#level")).selectByValue("H");
        browser.clickCentered("#lead-submit");
        browser.waitForUrlContaining("/leads/");
        browser.clickCentered("#quote-lead");
        new Select(browser.find("#trimId")).selectByValue(String.valueOf(trimId));
        browser.type("#exteriorColour", "曜石黑");
        browser.type("#interiorColour", "黑色");
        browser.type("#discount", "2000");
        browser.clickCentered("input[name='paymentMethod'][value='CASH']");
        browser.clickCentered("#save-quote");
        browser.waitForUrlContaining("/quotes/");
        browser.clickCentered("#issue-quote");
        browser.waitForText("#quote-status", "已发给客户");
        browser.clickCentered("#accept-quote");
        browser.waitUntil("the draw-up button", () -> browser.present("#draw-up-contract"));
        browser.clickCentered("#draw-up-contract");
        browser.waitForUrlContaining("/contracts/new");
        browser.type("#buyerIdNumber", "310101199001011234");
        browser.type("#buyerAddress", "上海市浦东新区世纪大道100号");
        browser.type("#depositAmount", "10000");
        browser.clickCentered("#save-contract");
        browser.waitForText("#contract-status", "草稿");
        Long contractId = idIn("contracts");
        browser.clickCentered("#submit-contract");
        browser.waitForText("#contract-status", "待审核");

        browser.logInAs("salesmanager");
        browser.open("/contracts/" + contractId);
        browser.type("#decision-comment", "同意");
        browser.clickCentered("#approve-contract");
        browser.waitForText("#contract-status", "已审核");

        browser.logInAs("consultant1");
        browser.open("/contracts/" + contractId);
        browser.clickCentered("#sign-contract");
        browser.waitForText("#contract-status", "已签订");
        return contractId;
    }

    private void recordPaymentAsFinance(String startPath, String button, String reference) {
        browser.logInAs("finance");
        browser.open(startPath);
        browser.clickCentered(button);
        browser.waitForUrlContaining("/payments/new");
        browser.type("#reference", reference);
        browser.clickCentered("#save-payment");
        browser.waitUntil("the payment page", () -> browser.present("#payment-amount"));
    }

    /** Ticks every item still open on the sheet, one after the other (each tick reloads the page). */
    private void tickEverything() {
        while (browser.present(".check-item")) {
            String id = browser.find(".check-item").getAttribute("id");
            browser.clickCentered("#" + id);
            browser.waitUntil("the tick of " + id, () -> !browser.present("#" + id));
        }
    }

    private boolean padDrawn() {
        return Boolean.TRUE.equals(browser.js("const c = document.querySelector('#signature-pad');"
                + " const blank = document.createElement('canvas'); blank.width = c.width; blank.height = c.height;"
                + " return c.toDataURL() !== blank.toDataURL();"));
    }

    private void signOnThePad() {
        WebElement pad = browser.find("#signature-pad");
        // instant: Bootstrap scrolls smoothly, and a pad still moving would take the strokes outside it
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", pad);
        new Actions(browser.driver()).moveToElement(pad, -120, 10).clickAndHold().moveByOffset(60, -25)
                .moveByOffset(60, 30).moveByOffset(70, -20).release().perform();
    }

    @Test
    void aLeadBecomesADeliveredCarWithItsCallsPlannedAndNothingOwed() throws Exception {
        Long contractId = signedCashContractThroughThePages();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from receivable_account where contract_id = ?", Integer.class, contractId) == 1);
        recordPaymentAsFinance("/contracts/" + contractId, "#record-deposit", "DEP-420001");
        String vin = contracts.carInStock(contractId, "曜石黑", "黑色");

        browser.logInAs("consultant1");
        browser.open("/contracts/" + contractId);
        browser.waitForText("#contract-status", "已收定金");
        browser.clickCentered("#open-delivery");
        browser.waitForUrlContaining("/deliveries/");
        Long deliveryId = idIn("deliveries");
        browser.waitForText("#gate-blockers", "尚未配车");
        browser.clickCentered("#allocate-" + vin);
        browser.waitForText("#delivery-vin", vin);
        browser.js("document.querySelector('#appointment-at').value = arguments[0];",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2) + "T10:00");
        browser.type("#appointment-place", "交车区A");
        browser.clickCentered("#save-appointment");
        browser.waitForText("#delivery-appointment", "交车区A");

        tickEverything();
        browser.waitForText("#progress-PDI", "8 / 8");
        browser.waitForText("#progress-HANDOVER", "6 / 6");
        for (int attempt = 0; attempt < 3 && !padDrawn(); attempt++) {
            signOnThePad();
        }
        assertThat(padDrawn()).as("the drawing on the pad").isTrue();
        browser.clickCentered("#confirm-receipt");
        browser.waitUntil("the signature on the sheet", () -> browser.present("#customer-signed img.signature-image"));
        browser.waitForText("#gate-blockers", "款项未结清");
        assertThat(browser.find("#hand-over").isEnabled()).isFalse();
        browser.screenshot("delivery-waiting-for-payment-zh.png");

        recordPaymentAsFinance("/deliveries/" + deliveryId, "#record-final-payment", "FINAL-420002");

        browser.logInAs("consultant1");
        browser.open("/deliveries/" + deliveryId);
        browser.waitForText("#gate-open", "可以交车");
        browser.type("#handover-comment", "交车仪式完成，客户满意");
        browser.clickCentered("#hand-over");
        browser.waitForText("#delivery-status", "已交车");
        assertThat(browser.all("#aftercare-calls .aftercare-call")).hasSize(3);
        browser.waitForText("#aftercare-calls", "交车后30天回访");
        browser.waitForText("#survey-scheduled", "满意度回访已安排");
        assertThat(browser.text("#delivery-balance")).isEqualTo("¥0.00");
        browser.screenshot("delivery-done-zh.png");

        byte[] pdf = browser.download("/deliveries/" + deliveryId + "/pdf");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/delivery.pdf"), pdf);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("交车确认单", vin, "交车区A", "已检");

        browser.open("/follow-ups");
        browser.waitForText("#tasks-upcoming", "交车后1天回访");
        assertThat(jdbc.queryForObject("select expected - received from receivable_account where contract_id = ?",
                BigDecimal.class, contractId)).isEqualByComparingTo("0");
        assertThat(jdbc.queryForObject("select status from sales_contract where id = ?", String.class, contractId))
                .isEqualTo("DELIVERED");
        assertThat(jdbc.queryForObject("select status from stock_vehicle where vin = ?", String.class, vin))
                .isEqualTo("DELIVERED");
        List<String> purposes = jdbc.queryForList("select purpose from lead_follow_up where lead_id = (select lead_id from"
                + " sales_contract where id = ?) and purpose is not null order by due_date", String.class, contractId);
        assertThat(purposes).containsExactly("DAY_1", "DAY_7", "DAY_30");

        browser.resize(Browser.PHONE);
        browser.open("/deliveries/" + deliveryId + "?lang=en");
        browser.waitForText("#delivery-status", "Delivered");
        browser.screenshot("delivery-done-phone-en.png");
        browser.deleteCookie("AUTOSALES_LANG");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
