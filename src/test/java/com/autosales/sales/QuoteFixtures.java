package com.autosales.sales;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.vehicles.TrimSummary;
import com.autosales.vehicles.VehicleCatalogue;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Quotes made the way a consultant makes them (over the API), for the demo Tiguan L R-Line (MSRP 269,900). */
@Component
class QuoteFixtures {

    private final MockMvc mvc;
    private final ApiClient api;
    private final JdbcTemplate jdbc;
    private final VehicleCatalogue catalogue;

    QuoteFixtures(MockMvc mvc, ApiClient api, JdbcTemplate jdbc, VehicleCatalogue catalogue) {
        this.mvc = mvc;
        this.api = api;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    Long tiguanRLine() {
        return jdbc.queryForObject("select id from vehicle_trim where name = '四驱R-Line越享版'", Long.class);
    }

    Long openLeadOf(String username) {
        return jdbc.queryForObject("select min(l.id) from sales_lead l join app_user u on u.employee_id = l.owner_employee_id"
                + " where u.username = ? and l.status = 'OPEN'", Long.class, username);
    }

    String body(Long leadId, long discount, String payment) {
        TrimSummary trim = catalogue.trim(tiguanRLine(), Locale.SIMPLIFIED_CHINESE);
        return """
                {"leadId": %d, "trimId": %d, "exteriorColour": "%s", "interiorColour": "%s", "discount": %d,
                 "insurance": 6800, "registrationFee": 1500, "tradeInBrandModel": "本田 飞度 2016款",
                 "tradeInPlateOrVin": "京N12345", "tradeInYear": 2016, "tradeInMileageKm": 98000, "tradeInValue": 30000,
                 "paymentMethod": "%s", "downPaymentPercent": 30, "termMonths": 36, "annualRate": 4.5,
                 "comment": "客户对比了竞品，争取本周成交"}
                """.formatted(leadId, trim.id(), trim.exteriorColours().get(0), trim.interiorColours().get(0), discount,
                payment);
    }

    /** consultant1 quotes their open lead with this discount; the draft as JSON. */
    JsonNode draftByConsultant1(long discount) throws Exception {
        String token = api.tokenFor("consultant1");
        String json = mvc.perform(post("/api/v1/quotes").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(openLeadOf("consultant1"), discount, "FINANCE")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ApiClient.json(json);
    }

    String action(String username, Long quoteId, String action, String json) throws Exception {
        return mvc.perform(post("/api/v1/quotes/" + quoteId + "/" + action).header("Authorization", "Bearer " + api.tokenFor(username))
                        .contentType(MediaType.APPLICATION_JSON).content(json == null ? "{}" : json))
                .andReturn().getResponse().getContentAsString();
    }

    String statusOf(Long quoteId) {
        return jdbc.queryForObject("select status from sales_quote where id = ?", String.class, quoteId);
    }
}
