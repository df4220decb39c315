package com.autosales.meetings;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.autosales.support.ApiClient;
import com.autosales.support.Logins;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Meetings made through the API by the demo sales manager, on days nobody else uses. */
@Component
public class MeetingFixtures {

    private final MockMvc mvc;
    private final Logins logins;
    private final JdbcTemplate jdbc;

    MeetingFixtures(MockMvc mvc, Logins logins, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.logins = logins;
        this.jdbc = jdbc;
    }

    public Long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    /** A day far ahead, different on each call, so meetings of other tests do not share it. */
    public static LocalDate someDay() {
        return LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 20_000));
    }

    /** A new draft meeting of the demo store attended by the given users; its API view. */
    public JsonNode create(String kind, LocalDate day, String title, String... attendees) throws Exception {
        String ids = List.of(attendees).stream().map(u -> String.valueOf(employeeOf(u))).collect(Collectors.joining(","));
        String body = "{\"kind\":\"" + kind + "\",\"heldOn\":\"" + day + "\",\"title\":\"" + title
                + "\",\"attendeeIds\":[" + ids + "]}";
        return ApiClient.json(mvc.perform(post("/api/v1/meetings").with(logins.as("salesmanager")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString());
    }

    /** Whether the report centre offers the sales summary the pack is made from (another module's work). */
    public boolean salesSummaryAvailable() throws Exception {
        String reports = mvc.perform(get("/api/v1/reports").with(logins.as("salesmanager")))
                .andReturn().getResponse().getContentAsString();
        return reports.contains("\"" + FiguresPack.REPORT + "\"");
    }
}
