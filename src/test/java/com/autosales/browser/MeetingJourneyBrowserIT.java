package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sales manager holds a weekly meeting: the figures pack comes with it, he writes the minutes and gives 张伟 an
 * action item; 张伟 finds it on his phone under "my action items" and marks it done; the manager closes the meeting.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingJourneyBrowserIT {

    @LocalServerPort int port;
    private Browser browser;

    @BeforeAll
    void aBrowser() {
        browser = Browser.start(port, Browser.DESKTOP);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aWeeklyMeetingsActionItemIsDoneByItsOwnerAndTheMeetingClosed() {
        // a day far ahead nobody else holds a meeting on, so no "already held" warning
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3000 + ThreadLocalRandom.current().nextInt(3000));
        String task = "回访本周试驾未成交客户 " + day;

        browser.logInAs("salesmanager");
        browser.open("/meetings/new");
        new Select(browser.find("#kind")).selectByValue("WEEKLY");
        browser.js("document.getElementById('heldOn').value = arguments[0];", day.toString());
        browser.type("#title", "销售周例会");
        assertThat(browser.find("#attendee-picker input:checked").isSelected()).isTrue();
        browser.clickCentered("#create-meeting");
        browser.waitForText("#meeting-title", "销售周例会");
        assertThat(browser.text("#meeting-status")).isEqualTo("进行中");
        assertThat(browser.present("#pack-download") || browser.present("#pack-unavailable")).isTrue();

        browser.type("#minutes", "1. 上周交车达成 80%。2. 本周重点：试驾客户回访。");
        browser.clickCentered("#save-minutes");
        browser.waitForText("#meeting-minutes", "试驾客户回访");

        browser.type("#action-text", task);
        new Select(browser.find("#action-owner")).selectByVisibleText("张伟");
        browser.js("document.getElementById('action-due').value = arguments[0];", day.plusDays(2).toString());
        browser.clickCentered("#add-action");
        browser.waitForText("#meeting-actions", task);
        String meetingUrl = browser.url();
        browser.screenshot("meeting-weekly-zh.png");

        browser.resize(Browser.PHONE);
        browser.logInAs("consultant1");
        browser.open("/meetings/actions");
        String itemId = (String) browser.js("return [...document.querySelectorAll('#my-actions .my-action')]"
                + ".find(e => e.textContent.includes(arguments[0])).id;", task);
        String actionId = itemId.substring("my-action-".length());
        browser.clickCentered("#complete-" + actionId);
        browser.waitUntil("the item done", () -> browser.text("#" + itemId).contains("已完成"));
        assertThat(browser.viewport().get("scroll")).isEqualTo(browser.viewport().get("inner"));
        browser.screenshot("meeting-actions-phone-zh.png");

        browser.resize(Browser.DESKTOP);
        browser.logInAs("salesmanager");
        browser.open(meetingUrl.substring(meetingUrl.indexOf("/meetings/")));
        assertThat(browser.text("#action-" + actionId)).contains(task);
        browser.js("window.confirm = () => true;");
        browser.clickCentered("#close-meeting");
        browser.waitForText("#meeting-status", "已结束");
        assertThat(browser.present("#minutes-text")).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
