package com.autosales.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** 例会: a meeting run by the sales manager, its action items tracked by their owners, and who may see what. */
@IntegrationTest
class MeetingsIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeetingFixtures fixtures;

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(logins.as(user)).with(csrf());
    }

    private JsonNode json(String user, MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        String body = mvc.perform(as(user, request).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
        return ApiClient.json(body);
    }

    private long meetingsTitled(String title) {
        return jdbc.queryForObject("select count(*) from meeting where title = ?", Long.class, title);
    }

    private String actionStatus(Long actionId) {
        return jdbc.queryForObject("select status from meeting_action where id = ?", String.class, actionId);
    }

    private Long addAction(Long meetingId, String text, String owner, LocalDate due) throws Exception {
        JsonNode view = json("salesmanager", post("/api/v1/meetings/" + meetingId + "/actions").content(
                "{\"text\":\"" + text + "\",\"ownerEmployeeId\":" + fixtures.employeeOf(owner) + ",\"dueOn\":\"" + due + "\"}"), 201);
        for (JsonNode a : view.get("actions")) {
            if (a.get("text").asString().equals(text)) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void theManagerRunsAMeetingAndConsultant1CompletesHisActionItem() throws Exception {
        LocalDate day = MeetingFixtures.someDay();
        JsonNode created = fixtures.create("DAILY", day, "晨会 " + day, "consultant1", "clerk");
        Long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("attendees")).hasSize(2);
        assertThat(jdbc.queryForObject("select store_id from meeting where id = ?", Long.class, id))
                .isEqualTo(jdbc.queryForObject("select id from org_unit where code = 'SH-PD-4S'", Long.class));

        // the figures pack: the day before the meeting, when the report centre has the sales summary
        if (fixtures.salesSummaryAvailable()) {
            assertThat(created.get("pack").get("periodLabel").asString()).isEqualTo(day.minusDays(1).toString());
            byte[] pdf = mvc.perform(get("/meetings/" + id + "/pack.pdf").with(logins.as("consultant1")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        } else {
            assertThat(created.get("pack").isNull()).isTrue();
            String page = mvc.perform(get("/meetings/" + id).with(logins.as("salesmanager")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"pack-unavailable\"").contains("经营数据暂不可用");
            mvc.perform(get("/meetings/" + id + "/pack.pdf").with(logins.as("salesmanager"))).andExpect(status().isNotFound());
        }

        // minutes on the page
        long version = created.get("version").asLong();
        mvc.perform(as("salesmanager", post("/meetings/" + id + "/minutes")).param("version", String.valueOf(version))
                        .param("minutes", "昨日订单 2 台；今日重点邀约车展客户"))
                .andExpect(redirectedUrl("/meetings/" + id)).andExpect(flash().attribute("successKey", "meetings.done.minutes"));
        assertThat(jdbc.queryForObject("select minutes from meeting where id = ?", String.class, id))
                .isEqualTo("昨日订单 2 台；今日重点邀约车展客户");

        // an action item for consultant1, who is told
        int noticesBefore = jdbc.queryForObject("select count(*) from notification where recipient = 'consultant1' "
                + "and message_code = 'notice.meeting-action'", Integer.class);
        String text = "回访试驾客户 " + day;
        Long actionId = addAction(id, text, "consultant1", day.plusDays(2));
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'consultant1' "
                + "and message_code = 'notice.meeting-action'", Integer.class)).isEqualTo(noticesBefore + 1);

        // consultant1 sees it among his action items (page and API) and completes it on that page
        String mine = mvc.perform(get("/meetings/actions").with(logins.as("consultant1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains(text).contains("id=\"complete-" + actionId + "\"");
        JsonNode myApi = json("consultant1", get("/api/v1/meetings/my-actions"), 200);
        assertThat(myApi.toString()).contains(text);
        long actionVersion = jdbc.queryForObject("select version from meeting_action where id = ?", Long.class, actionId);
        mvc.perform(as("consultant1", post("/meetings/" + id + "/actions/" + actionId + "/done"))
                        .param("version", String.valueOf(actionVersion)).param("note", "已全部回访").param("from", "actions"))
                .andExpect(redirectedUrl("/meetings/actions"));
        assertThat(actionStatus(actionId)).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select done_by from meeting_action where id = ?", String.class, actionId)).isEqualTo("张伟");

        // he may reopen it with htmx, which answers with the refreshed list of action items
        long doneVersion = jdbc.queryForObject("select version from meeting_action where id = ?", Long.class, actionId);
        String fragment = mvc.perform(as("consultant1", post("/meetings/" + id + "/actions/" + actionId + "/reopen"))
                        .header("HX-Request", "true").param("version", String.valueOf(doneVersion)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"meeting-actions\"").contains("id=\"complete-" + actionId + "\"");
        assertThat(actionStatus(actionId)).isEqualTo("OPEN");
    }

    @Test
    void consultant2NeitherSeesAMeetingHeDoesNotAttendNorCompletesSomeoneElsesItem() throws Exception {
        LocalDate day = MeetingFixtures.someDay();
        Long hidden = fixtures.create("WEEKLY", day, "周会 " + day, "consultant1").get("id").asLong();
        Long hiddenAction = addAction(hidden, "整理周报 " + day, "consultant1", day.plusDays(1));

        mvc.perform(get("/meetings/" + hidden).with(logins.as("consultant2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings/" + hidden).with(logins.as("consultant2"))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + hidden + "/pack.pdf").with(logins.as("consultant2"))).andExpect(status().isNotFound());
        json("consultant2", post("/api/v1/meetings/" + hidden + "/actions/" + hiddenAction + "/done").content("{\"version\":0}"), 404);
        String list = mvc.perform(get("/meetings").param("from", day.toString()).param("to", day.toString())
                .with(logins.as("consultant2"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("周会 " + day);
        // consultant1 attends it, so it is in his list
        assertThat(mvc.perform(get("/meetings").param("from", day.toString()).param("to", day.toString())
                .with(logins.as("consultant1"))).andReturn().getResponse().getContentAsString()).contains("周会 " + day);

        // in a meeting both attend, consultant2 still may not complete consultant1's item
        Long shared = fixtures.create("DAILY", day, "晨会 " + day, "consultant1", "consultant2").get("id").asLong();
        Long sharedAction = addAction(shared, "准备车展物料 " + day, "consultant1", day.plusDays(1));
        json("consultant2", get("/api/v1/meetings/" + shared), 200);
        JsonNode refused = json("consultant2", post("/api/v1/meetings/" + shared + "/actions/" + sharedAction + "/done")
                .header("Accept-Language", "en").content("{\"version\":0}"), 422);
        assertThat(refused.get("code").asString()).isEqualTo("meetings.action.not-yours");
        assertThat(actionStatus(sharedAction)).isEqualTo("OPEN");
        mvc.perform(as("consultant2", post("/meetings/" + shared + "/minutes")).param("version", "0").param("minutes", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void invalidInputIsRefusedInTheReadersLanguageAndNothingIsSaved() throws Exception {
        LocalDate day = MeetingFixtures.someDay();
        String title = "无人参会 " + day;
        String page = mvc.perform(as("salesmanager", post("/meetings/new")).param("kind", "DAILY")
                        .param("heldOn", day.toString()).param("title", title))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请至少选择一名参会人员").contains(title);
        String english = mvc.perform(as("salesmanager", post("/meetings/new")).cookie(new Cookie("AUTOSALES_LANG", "en"))
                        .param("kind", "DAILY").param("title", title).param("attendee", String.valueOf(fixtures.employeeOf("consultant1"))))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Enter the date of the meeting");
        JsonNode tooLong = json("salesmanager", post("/api/v1/meetings").header("Accept-Language", "en").content(
                "{\"kind\":\"DAILY\",\"heldOn\":\"" + day + "\",\"title\":\"" + "长".repeat(101) + "\",\"attendeeIds\":["
                        + fixtures.employeeOf("consultant1") + "]}"), 422);
        assertThat(tooLong.get("detail").asString()).isEqualTo("The title may have at most 100 characters");
        JsonNode stranger = json("salesmanager", post("/api/v1/meetings").content("{\"kind\":\"DAILY\",\"heldOn\":\""
                + day + "\",\"title\":\"" + title + "\",\"attendeeIds\":[" + fixtures.employeeOf("director") + "]}"), 422);
        assertThat(stranger.get("detail").asString()).isEqualTo("参会人员必须是本店在职员工");
        assertThat(meetingsTitled(title)).isZero();

        // action items: the due date may not be before the meeting, the owner must work in the store
        Long id = fixtures.create("DAILY", day, "晨会 " + day, "consultant1").get("id").asLong();
        JsonNode early = json("salesmanager", post("/api/v1/meetings/" + id + "/actions").header("Accept-Language", "en")
                .content("{\"text\":\"提前\",\"ownerEmployeeId\":" + fixtures.employeeOf("consultant1")
                        + ",\"dueOn\":\"" + day.minusDays(1) + "\"}"), 422);
        assertThat(early.get("detail").asString()).isEqualTo("The due date cannot be before the meeting (" + day + ")");
        json("salesmanager", post("/api/v1/meetings/" + id + "/actions").content("{\"text\":\"外人\",\"ownerEmployeeId\":"
                + fixtures.employeeOf("director") + ",\"dueOn\":\"" + day + "\"}"), 422);
        // a store employee who does not attend may own one
        addAction(id, "核对库存 " + day, "finance", day);
        assertThat(jdbc.queryForObject("select count(*) from meeting_action where meeting_id = ?", Long.class, id)).isOne();
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        LocalDate day = MeetingFixtures.someDay();
        JsonNode created = fixtures.create("MONTHLY", day, "月度例会 " + day, "consultant1");
        Long id = created.get("id").asLong();
        long version = created.get("version").asLong();
        json("salesmanager", patch("/api/v1/meetings/" + id + "/minutes").content(
                "{\"minutes\":\"第一稿\",\"version\":" + version + "}"), 200);
        JsonNode stale = json("salesmanager", patch("/api/v1/meetings/" + id + "/minutes").content(
                "{\"minutes\":\"另一稿\",\"version\":" + version + "}"), 409);
        assertThat(stale.get("code").asString()).isEqualTo("concurrent-change");
        mvc.perform(as("salesmanager", patch("/api/v1/meetings/" + id + "/minutes")).header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"minutes\":\"另一稿\"}")).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select minutes from meeting where id = ?", String.class, id)).isEqualTo("第一稿");

        Long actionId = addAction(id, "月度复盘 " + day, "consultant1", day.plusDays(5));
        json("consultant1", post("/api/v1/meetings/" + id + "/actions/" + actionId + "/done").content("{\"version\":7}"), 409);
        assertThat(actionStatus(actionId)).isEqualTo("OPEN");
    }

    @Test
    void aClosedMeetingKeepsItsMinutesButItsActionItemsAreStillTracked() throws Exception {
        LocalDate day = MeetingFixtures.someDay();
        JsonNode created = fixtures.create("WEEKLY", day, "周会 " + day, "consultant1");
        Long id = created.get("id").asLong();
        Long actionId = addAction(id, "跟进大客户 " + day, "consultant1", day.plusDays(3));
        long version = json("salesmanager", get("/api/v1/meetings/" + id), 200).get("version").asLong();
        mvc.perform(as("salesmanager", post("/meetings/" + id + "/close")).param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/meetings/" + id)).andExpect(flash().attribute("successKey", "meetings.done.closed"));

        long closedVersion = json("salesmanager", get("/api/v1/meetings/" + id), 200).get("version").asLong();
        mvc.perform(as("salesmanager", post("/meetings/" + id + "/minutes")).param("version", String.valueOf(closedVersion))
                        .param("minutes", "补记"))
                .andExpect(redirectedUrl("/meetings/" + id)).andExpect(flash().attribute("errorMessage", "例会已结束，不能再修改（待办事项仍可跟踪）"));
        json("salesmanager", patch("/api/v1/meetings/" + id + "/minutes").content(
                "{\"minutes\":\"补记\",\"version\":" + closedVersion + "}"), 422);
        assertThat(jdbc.queryForObject("select minutes from meeting where id = ?", String.class, id)).isNull();
        String page = mvc.perform(get("/meetings/" + id).with(logins.as("salesmanager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("id=\"minutes-form\"").doesNotContain("id=\"action-form\"")
                .doesNotContain("id=\"close-meeting\"").contains("id=\"minutes-text\"").contains("id=\"complete-" + actionId + "\"");

        JsonNode done = json("consultant1", post("/api/v1/meetings/" + id + "/actions/" + actionId + "/done")
                .content("{\"version\":0,\"note\":\"已签约\"}"), 200);
        assertThat(done.get("actions").get(0).get("status").asString()).isEqualTo("DONE");
    }
}
