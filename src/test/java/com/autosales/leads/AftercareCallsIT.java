package com.autosales.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.delivery.DeliveryFixtures;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The consultant's calls 1, 7 and 30 days after the handover, on their call list like any follow-up. */
@IntegrationTest
class AftercareCallsIT {

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeliveryFixtures deliveries;

    private Long leadOfDelivery(Long deliveryId) {
        return jdbc.queryForObject("select lead_id from delivery where id = ?", Long.class, deliveryId);
    }

    private List<JsonNode> myTasksOfLead(Long leadId) throws Exception {
        JsonNode tasks = ApiClient.json(mvc.perform(get("/api/v1/follow-ups")
                        .header("Authorization", "Bearer " + api.tokenFor("consultant1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return Stream.of("overdue", "dueToday", "upcoming")
                .flatMap(group -> StreamSupport.stream(tasks.get(group).spliterator(), false))
                .filter(t -> t.get("leadId").asLong() == leadId).toList();
    }

    private int followUpsOf(Long leadId) {
        return jdbc.queryForObject("select count(*) from lead_follow_up where lead_id = ?", Integer.class, leadId);
    }

    @Test
    void theCallsAfterTheHandoverAreOnTheListAndRecordingOneClosesItWithoutPlanningAnother() throws Exception {
        Long leadId = leadOfDelivery(deliveries.delivered());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        List<JsonNode> calls = myTasksOfLead(leadId);
        assertThat(calls).extracting(t -> t.get("purpose").asString()).containsExactly("DAY_1", "DAY_7", "DAY_30");
        assertThat(calls).extracting(t -> t.get("dueDate").asString()).containsExactly(today.plusDays(1).toString(),
                today.plusDays(7).toString(), today.plusDays(30).toString());
        assertThat(mvc.perform(get("/follow-ups").with(logins.as("consultant1")).cookie(new Cookie("AUTOSALES_LANG", "zh-CN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("交车后1天回访", "交车后7天回访", "交车后30天回访").doesNotContain("??");

        int rowsBefore = followUpsOf(leadId);
        String levelBefore = jdbc.queryForObject("select level from sales_lead where id = ?", String.class, leadId);
        long dayOne = calls.get(0).get("id").asLong();
        mvc.perform(post("/api/v1/follow-ups/" + dayOne).header("Authorization", "Bearer " + api.tokenFor("consultant1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"PHONE\",\"summary\":\"客户用车顺利，询问首保时间\",\"level\":\"C\"}"))
                .andExpect(status().isOk());

        assertThat(jdbc.queryForObject("select state from lead_follow_up where id = ?", String.class, dayOne)).isEqualTo("DONE");
        assertThat(followUpsOf(leadId)).isEqualTo(rowsBefore);
        assertThat(jdbc.queryForObject("select status from sales_lead where id = ?", String.class, leadId)).isEqualTo("WON");
        assertThat(jdbc.queryForObject("select level from sales_lead where id = ?", String.class, leadId)).isEqualTo(levelBefore);
        assertThat(myTasksOfLead(leadId)).extracting(t -> t.get("purpose").asString()).containsExactly("DAY_7", "DAY_30");
    }
}
