package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The administrator sets up a new department and position, hires someone into it, gives them a login; they log in. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrgOnboardingBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

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

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void anAdminBuildsADepartmentAndAPositionHiresSomeoneAndTheyLogIn() {
        int n = ThreadLocalRandom.current().nextInt(1000, 9999);
        browser.open("/login");
        browser.logIn("admin", Logins.DEMO_PASSWORD);
        browser.find("#greeting");

        browser.open("/org/units/" + id("select id from org_unit where code = 'SH-PD-4S'"));
        browser.click("#add-unit");
        browser.type("#code", "SH-PD-USED-" + n);
        browser.type("#nameZh", "二手车部" + n);
        browser.type("#nameEn", "Used cars " + n);
        new Select(browser.find("#kind")).selectByValue("DEPARTMENT");
        browser.type("#plannedHeadcount", "4");
        browser.click("#save");
        browser.waitForText("#unit-name", "二手车部" + n);
        browser.screenshot("org-unit-created-zh.png");
        String unitUrl = browser.url();

        browser.open("/org/positions");
        browser.click("#new-position");
        browser.type("#code", "used-car-advisor-" + n);
        browser.type("#nameZh", "二手车评估师" + n);
        browser.type("#nameEn", "Used-car appraiser " + n);
        new Select(browser.find("#storeType")).selectByValue("DEALERSHIP");
        browser.type("#level", "4");
        new Select(browser.find("#defaultRoleCode")).selectByValue("consultant");
        browser.type("#duties0\\.zh", "对置换车辆进行检测评估并出具报价");
        browser.type("#duties0\\.en", "Inspect trade-in cars and quote a price");
        browser.click("#save");
        browser.waitForText("#main", "对置换车辆进行检测评估并出具报价");
        browser.screenshot("org-position-created-zh.png");

        browser.open(unitUrl.substring(unitUrl.indexOf("/org/")));
        browser.click("#hire-here");
        browser.type("#employeeNo", "U" + n);
        browser.type("#name", "孙评" + n);
        browser.type("#phone", "13600009" + String.format("%03d", n % 1000));
        new Select(browser.find("#positionId")).selectByValue(String.valueOf(
                id("select id from org_position where code = ?", "used-car-advisor-" + n)));
        browser.js("document.querySelector('#hireDate').value = '2026-11-20'");
        browser.click("#save");
        browser.waitForText("#main", "孙评" + n);
        assertThat(browser.find("#main").getText()).contains("对置换车辆进行检测评估并出具报价");
        browser.screenshot("org-employee-hired-zh.png");

        browser.open("/admin/users/new");
        browser.type("#username", "sunping" + n);
        browser.type("#displayName", "孙评" + n);
        new Select(browser.find("#employeeId")).selectByValue(String.valueOf(
                id("select id from org_employee where employee_no = ?", "U" + n)));
        browser.type("#password", "Appraise2026");
        browser.click("#save");
        browser.waitForText("#flash", "账号已创建");

        browser.deleteAllCookies();
        browser.open("/login");
        browser.logIn("sunping" + n, "Appraise2026");
        assertThat(browser.visible("#greeting").getText()).contains("孙评" + n);
        assertThat(browser.find("#my-position").getText()).isEqualTo("二手车评估师" + n);
        assertThat(browser.find("#my-scope").getText()).isEqualTo("本人");
        browser.screenshot("org-new-colleague-home-zh.png");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
