package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator manages roles and logins, and looks at one store at a time. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessAdminBrowserIT {

    @LocalServerPort int port;

    private Browser browser;

    @BeforeAll
    void startBrowserAndLogIn() {
        browser = Browser.start(port);
        browser.open("/login");
        browser.logIn("admin", Logins.DEMO_PASSWORD);
        browser.find("#greeting");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAdminReadsThePermissionMatrixOfTheConsultantRole() {
        browser.open("/");
        browser.click("#sidebar a[href='/admin/roles']");
        assertThat(browser.visible("#roles-table").getText()).contains("销售顾问", "本人");
        browser.screenshot("roles-zh.png");
        browser.click("#roles-table a[href$='/4']");
        assertThat(browser.find("#perm-customers-view").isSelected()).isTrue();
        assertThat(browser.find("#perm-audit-view").isSelected()).isFalse();
        assertThat(browser.pageText()).contains("权限矩阵", "客户档案", "查看");
        browser.screenshot("role-matrix-zh.png");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theAdminCreatesALoginForANewConsultantWhoThenLogsIn() {
        String username = "zhao" + UUID.randomUUID().toString().substring(0, 5);
        browser.open("/admin/users");
        browser.click("#new-user");
        browser.type("#username", username);
        browser.type("#displayName", "赵新");
        browser.type("#password", "short");
        browser.click("#role-consultant");
        browser.click("#save");
        assertThat(browser.visible("#form-error").getText()).contains("提交的信息有误");
        assertThat(browser.pageText()).contains("须同时包含字母和数字");
        browser.screenshot("user-form-error-zh.png");
        browser.type("#password", "Welcome2026");
        if (!browser.find("#role-consultant").isSelected()) {
            browser.click("#role-consultant");
        }
        browser.click("#save");
        browser.waitForText("#flash", "账号已创建");
        browser.screenshot("user-created-zh.png");

        browser.open("/");
        browser.click("#user-menu");
        browser.click("#logout");
        browser.logIn(username, "Welcome2026");
        assertThat(browser.visible("#greeting").getText()).contains("赵新");
        browser.click("#user-menu");
        browser.click("#logout");
        browser.logIn("admin", Logins.DEMO_PASSWORD);
        browser.find("#greeting");
    }

    @Test
    void theAdminSwitchesToTheDistributorAndBackToTheGroup() {
        browser.open("/customers");
        browser.click("#store-menu");
        browser.click("#store-HD-PARTS");
        browser.waitForText("#store-menu", "华东配件经销中心");
        assertThat(browser.find("#customer-table").getText()).contains("苏州顺达汽配批发部");
        browser.open("/customers?q=王芳");
        assertThat(browser.find("#customer-results").getText()).doesNotContain("王芳");
        browser.screenshot("store-switch-zh.png");
        browser.click("#store-menu");
        browser.click("#store-group");
        browser.waitForText("#store-menu", "全集团");
        browser.open("/customers?q=王芳");
        assertThat(browser.find("#customer-table").getText()).contains("王芳");
    }
}
