package com.autosales.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The meeting pages render in Chinese and in English (without a browser). */
@IntegrationTest
class MeetingPagesIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired MeetingFixtures fixtures;

    private String page(String user, String path, String language) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)).cookie(new Cookie("AUTOSALES_LANG", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theMeetingPageTheListTheFormAndMyActionItemsInChineseAndEnglish() throws Exception {
        LocalDate day = MeetingFixtures.someDay();
        Long id = fixtures.create("DAILY", day, "晨会 " + day, "consultant1", "clerk").get("id").asLong();

        String zh = page("salesmanager", "/meetings/" + id, "zh-CN");
        assertThat(zh).contains("晨会 " + day).contains("每日例会").contains("会议纪要").contains("出席情况")
                .contains("待办事项").contains("id=\"minutes-form\"").contains("id=\"action-form\"").contains("张伟");
        String en = page("salesmanager", "/meetings/" + id, "en");
        assertThat(en).contains("Daily meeting").contains("Minutes").contains("Attendance").contains("Action items")
                .contains("Close the meeting");
        // an attendee without reports:create reads it without the editors
        String attendee = page("consultant1", "/meetings/" + id, "en");
        assertThat(attendee).contains("Minutes").doesNotContain("id=\"minutes-form\"").doesNotContain("id=\"close-meeting\"");

        assertThat(page("salesmanager", "/meetings?kind=DAILY&from=" + day + "&to=" + day, "zh-CN")).contains("晨会 " + day);
        assertThat(page("salesmanager", "/meetings", "en")).contains("New meeting");
        String form = page("salesmanager", "/meetings/new", "en");
        assertThat(form).contains("Attendees").contains("name=\"attendee\"")
                .contains("value=\"" + fixtures.employeeOf("consultant1") + "\"");
        assertThat(form).as("the sales department is pre-ticked")
                .containsPattern("value=\"" + fixtures.employeeOf("consultant1") + "\"[^>]*checked");
        assertThat(page("consultant1", "/meetings/actions", "zh-CN")).contains("我的待办事项");
        assertThat(page("consultant1", "/", "zh-CN")).contains("我的待办事项");
    }
}
