package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A sales consultant finds, edits and registers customers, as they would on a normal day. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultantCustomersBrowserIT {

    @LocalServerPort int port;

    private Browser browser;

    @BeforeAll
    void startBrowserAndLogIn() {
        browser = Browser.start(port);
        browser.open("/login");
        browser.logIn("consultant1", Logins.DEMO_PASSWORD);
        browser.find("#greeting");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private int rows() {
        return browser.all("#customer-table tbody tr").size();
    }

    @Test
    @Order(1)
    void typingInTheSearchBoxNarrowsTheListWithoutReloadingThePage() {
        browser.open("/");
        browser.click("#sidebar a[href='/customers']");
        browser.waitForUrlContaining("/customers");
        assertThat(browser.visible("h1").getText()).isEqualTo("客户档案");
        assertThat(browser.find("#sidebar a.active").getText()).isEqualTo("客户档案");
        assertThat(rows()).isGreaterThanOrEqualTo(6);
        assertThat(browser.find("#customer-table thead").getText()).contains("客户名称", "电话", "客户阶段", "等级");
        browser.screenshot("customers-zh.png");

        browser.js("window.__samePage = true;");
        browser.visible("#customer-search").sendKeys("王芳");
        browser.waitUntil("the list to narrow to one customer", () -> rows() == 1);
        browser.waitForHtmx();
        assertThat(browser.find("#customer-table tbody").getText()).contains("王芳").doesNotContain("李娜");
        assertThat(browser.js("return window.__samePage === true;")).as("htmx swapped the list in place").isEqualTo(true);
        assertThat(browser.url()).as("the search is in the address, so reload and back keep it").contains("q=");
        browser.screenshot("customers-search-zh.png");

        browser.type("#customer-search", "没有这个客户");
        browser.waitUntil("the empty message", () -> browser.pageText().contains("没有找到客户。"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void clearingTheNameShowsTheErrorNextToTheFieldAndSavesNothing() {
        browser.open("/customers?q=王芳");
        browser.click("#customer-table tbody a");
        assertThat(browser.visible("#customer-name").getText()).isEqualTo("王芳");
        String card = browser.url();
        browser.screenshot("customer-card-zh.png");

        browser.click("#edit-customer");
        assertThat(browser.visible("h1").getText()).isEqualTo("编辑客户");
        WebElement name = browser.visible("#name");
        assertThat(name.getAttribute("value")).isEqualTo("王芳");
        name.clear();
        browser.click("#save");

        WebElement feedback = browser.visible("#name ~ .invalid-feedback");
        assertThat(feedback.getText()).isEqualTo("不能为空");
        assertThat(browser.find("#name").getAttribute("class")).contains("is-invalid");
        WebElement field = browser.find("#name");
        assertThat(feedback.getLocation().getY()).as("the message sits right under its field")
                .isBetween(field.getLocation().getY() + field.getSize().getHeight(),
                        field.getLocation().getY() + field.getSize().getHeight() + 40);
        assertThat(browser.present(".alert-success")).isFalse();
        browser.screenshot("customer-edit-error-zh.png");

        browser.driver().get(card);
        assertThat(browser.visible("#customer-name").getText()).as("nothing was saved").isEqualTo("王芳");
    }

    @Test
    @Order(3)
    void registeringANewCustomerLandsOnItsCardWithASuccessMessage() {
        String name = "赵子龙" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String phone = "135" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        browser.open("/customers");
        browser.click("#new-customer");
        assertThat(browser.visible("h1").getText()).isEqualTo("新建客户");
        browser.type("#name", name);
        browser.type("#phone", phone);
        new Select(browser.find("#lifecycle")).selectByVisibleText("新客户");
        new Select(browser.find("#grade")).selectByVisibleText("A 级");
        browser.screenshot("customer-new-zh.png");
        browser.click("#save");

        browser.waitUntil("the new card", () -> browser.url().matches(".*/customers/\\d+$"));
        assertThat(browser.visible("#flash .alert-success").getText()).contains("客户已建档。");
        assertThat(browser.find("#customer-name").getText()).isEqualTo(name);
        assertThat(browser.find("#customer-phone").getText()).isEqualTo(phone);
        assertThat(browser.pageText()).contains("新客户", "A 级", "张伟");
        browser.screenshot("customer-created-zh.png");

        browser.open("/customers");
        browser.type("#customer-search", name);
        browser.waitUntil("the new customer in the list", () -> rows() == 1);
        assertThat(browser.driver().findElement(By.cssSelector("#customer-table tbody")).getText()).contains(name);
    }

    @Test
    @Order(4)
    void theCustomerPagesReadInEnglishToo() {
        browser.open("/customers");
        browser.click("#language-menu");
        browser.click("#lang-en");
        browser.waitForText("h1", "Customers");
        assertThat(browser.find("#customer-table thead").getText()).contains("Customer name", "Phone", "Stage", "Grade", "Consultant");
        assertThat(browser.find("#customer-search").getAttribute("placeholder")).isEqualTo("Search by name or phone");
        assertThat(browser.find("#customer-table tbody").getText()).doesNotContain("潜在客户", "级");
        browser.screenshot("customers-en.png");

        browser.click("#new-customer");
        browser.visible("#customer-form");
        browser.click("#save");
        assertThat(browser.visible("#name ~ .invalid-feedback").getText()).isEqualTo("must not be empty");
        assertThat(browser.find("#customer-form").getText()).doesNotContain("客户", "不能为空");
        browser.screenshot("customer-form-error-en.png");

        browser.click("#language-menu");
        browser.click("#lang-zh");
        browser.waitForText("h1", "新建客户");
    }
}
