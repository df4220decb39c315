package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator reads who changed what, in words rather than codes. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogBrowserIT {

    @LocalServerPort int port;
    @Autowired AuditTrail audit;

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
    void theAuditLogNamesRecordsActionsAndFieldsInChinese() {
        browser.open("/");
        browser.click("#sidebar a[href='/admin/audit']");
        assertThat(browser.visible("h1").getText()).isEqualTo("审计日志");
        browser.open("/admin/audit?entityType=customer&action=CREATE");
        String table = browser.visible("#audit-table").getText();
        assertThat(table).contains("客户", "新建", "客户名称");
        browser.screenshot("audit-zh.png");
        browser.open("/admin/audit");

        String id = String.valueOf(ThreadLocalRandom.current().nextInt(900_000, 999_999));
        audit.record(new AuditRecord("customer", id, "UPDATE", null, List.of(
                FieldChange.of("lifecycle", "POTENTIAL", "NEW"), FieldChange.of("grade", null, "A"))));
        browser.type("#entityId", id);
        browser.click("#audit-filter button[type=submit]");
        browser.waitForText("#audit-table > tbody", "客户 #" + id);
        assertThat(browser.text("#audit-table > tbody"))
                .contains("客户 #" + id, "修改", "客户阶段", "潜在客户", "新客户", "等级", "A 级")
                .doesNotContain("UPDATE", "POTENTIAL", "lifecycle");
        browser.screenshot("audit-change-zh.png");

        browser.type("#entityId", "");
        browser.type("#actor", "nobody-did-this");
        browser.click("#audit-filter button[type=submit]");
        browser.waitUntil("the empty message", () -> browser.pageText().contains("没有符合条件的审计记录。"));
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
