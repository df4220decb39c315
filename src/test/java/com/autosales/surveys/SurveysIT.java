package com.autosales.surveys;

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
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Customer service's satisfaction calls after a car is handed over. */
@IntegrationTest
class SurveysIT {

    private static final String GOOD_SCORES =
            "{\"overall\":5,\"consultant\":4,\"process\":5,\"vehicle\":4,\"comment\":\"顾问很耐心，交车很顺利\"}";

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeliveryFixtures deliveries;

    private Long surveyOf(Long deliveryId) {
        return jdbc.queryForObject("select id from satisfaction_survey where occasion = 'DELIVERY' and reference_id = ?",
                Long.class, deliveryId);
    }

    private MvcResult call(String user, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body);
        return mvc.perform(request.header("Authorization", "Bearer " + api.tokenFor(user))).andReturn();
    }

    private JsonNode json(MvcResult result) throws Exception {
        return ApiClient.json(result.getResponse().getContentAsString());
    }

    private String page(String user, String path, String language) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)).cookie(new Cookie("AUTOSALES_LANG", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Map<String, Object> stored(Long surveyId) {
        return jdbc.queryForMap("select status, score_overall, attempts from satisfaction_survey where id = ?", surveyId);
    }

    @Test
    void customerServiceCallsThreeDaysAfterTheHandoverAndRecordsTheScoresOnce() throws Exception {
        Long id = surveyOf(deliveries.delivered());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        JsonNode survey = json(call("cs", "GET", "/api/v1/surveys/" + id, null));
        assertThat(survey.get("dueOn").asString()).isEqualTo(today.plusDays(3).toString());
        assertThat(survey.get("status").asString()).isEqualTo("SCHEDULED");
        String consultant = survey.get("subjectName").asString();
        String customer = survey.get("customerName").asString();
        JsonNode list = json(call("cs", "GET", "/api/v1/surveys", null)).get("items");
        assertThat(StreamSupport.stream(list.spliterator(), false).map(s -> s.get("id").asLong())).contains(id);
        assertThat(page("cs", "/surveys", "zh-CN")).contains("满意度回访", customer, "/surveys/" + id).doesNotContain("??");
        assertThat(call("consultant2", "GET", "/api/v1/surveys/" + id, null).getResponse().getStatus()).isEqualTo(404);
        assertThat(call("consultant1", "POST", "/api/v1/surveys/" + id + "/answers", GOOD_SCORES).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(call("finance", "GET", "/api/v1/surveys", null).getResponse().getStatus()).isEqualTo(403);

        for (String invalid : new String[] {"{\"overall\":0,\"consultant\":4,\"process\":5,\"vehicle\":4}",
                "{\"overall\":6,\"consultant\":4,\"process\":5,\"vehicle\":4}", "{\"overall\":5}"}) {
            assertThat(call("cs", "POST", "/api/v1/surveys/" + id + "/answers", invalid).getResponse().getStatus())
                    .as(invalid).isEqualTo(400);
        }
        assertThat(stored(id)).containsEntry("status", "SCHEDULED").containsEntry("score_overall", null);

        JsonNode answered = json(call("cs", "POST", "/api/v1/surveys/" + id + "/answers", GOOD_SCORES));
        assertThat(answered.get("status").asString()).isEqualTo("DONE");
        assertThat(answered.get("overall").asInt()).isEqualTo(5);
        MvcResult again = call("cs", "POST", "/api/v1/surveys/" + id + "/answers",
                "{\"overall\":1,\"consultant\":1,\"process\":1,\"vehicle\":1}");
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
        assertThat(again.getResponse().getContentAsString()).contains("surveys.closed");
        assertThat(stored(id)).containsEntry("score_overall", 5);

        Double expected = jdbc.queryForObject("select avg(cast(score_overall as double precision)) from satisfaction_survey"
                + " where status = 'DONE' and subject_name = ?", Double.class, consultant);
        JsonNode averages = json(call("cs", "GET", "/api/v1/surveys/averages", null));
        JsonNode mine = StreamSupport.stream(averages.spliterator(), false)
                .filter(a -> a.get("name").asString().equals(consultant)).findFirst().orElseThrow();
        assertThat(mine.get("overall").asDouble()).isEqualTo(Math.round(expected * 10) / 10.0);
        assertThat(mine.get("surveys").asLong()).isPositive();

        assertThat(page("cs", "/surveys/" + id, "zh-CN")).contains("已完成", "总体满意度", "5/5", "顾问很耐心")
                .doesNotContain("??", "survey-form");
        assertThat(page("cs", "/surveys/" + id, "en")).contains("Done", "Overall satisfaction", "5/5").doesNotContain("??");
        assertThat(page("cs", "/surveys?status=DONE", "en")).contains(customer, consultant).doesNotContain("??");
    }

    @Test
    void aCustomerNotReachedThreeTimesClosesTheSurveyAsUnreachable() throws Exception {
        Long id = surveyOf(deliveries.delivered());
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        assertThat(page("cs", "/surveys/" + id, "zh-CN")).contains("待回访", "survey-form", "未接通，明天再拨")
                .doesNotContain("??");
        assertThat(page("cs", "/surveys/" + id, "en")).contains("To call", "Overall satisfaction").doesNotContain("??");

        JsonNode first = json(call("cs", "POST", "/api/v1/surveys/" + id + "/not-reached", null));
        assertThat(first.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(first.get("attempts").asInt()).isEqualTo(1);
        assertThat(first.get("dueOn").asString()).isEqualTo(tomorrow.toString());
        call("cs", "POST", "/api/v1/surveys/" + id + "/not-reached", null);
        JsonNode third = json(call("cs", "POST", "/api/v1/surveys/" + id + "/not-reached", null));
        assertThat(third.get("status").asString()).isEqualTo("UNREACHABLE");
        assertThat(third.get("attempts").asInt()).isEqualTo(3);

        MvcResult late = call("cs", "POST", "/api/v1/surveys/" + id + "/answers", GOOD_SCORES);
        assertThat(late.getResponse().getStatus()).isEqualTo(422);
        assertThat(late.getResponse().getContentAsString()).contains("surveys.closed");
        assertThat(stored(id)).containsEntry("status", "UNREACHABLE").containsEntry("score_overall", null);
    }
}
