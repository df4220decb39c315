package com.autosales.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.shared.Money;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The catalogue keeps every price with its dates, so a quote of any day gets the price valid that day. */
@IntegrationTest
class CatalogueIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired VehicleCatalogue catalogue;
    @Autowired Clock clock;

    private Long trim(String name) {
        return jdbc.queryForObject("select id from vehicle_trim where name = ?", Long.class, name);
    }

    @Test
    void theDemoPriceCutAnswersTheOldPriceBeforeAndTheNewPriceAfter() {
        Long id4 = trim("纯净智享版");
        LocalDate today = LocalDate.now(clock);
        assertThat(catalogue.priceOn(id4, today.minusDays(61)).orElseThrow().price()).isEqualTo(Money.of(199_888));
        assertThat(catalogue.priceOn(id4, today.minusDays(60)).orElseThrow().price()).isEqualTo(Money.of(179_888));
        assertThat(catalogue.priceOn(id4, today.minusDays(60)).orElseThrow().cost()).isEqualTo(Money.of(166_000));
        assertThat(catalogue.priceOn(id4, today.minusDays(400))).isEmpty();
    }

    @Test
    void theClerkAddsATrimAndANewPriceFromADayAndTheApiAnswersByDate() throws Exception {
        Long model = jdbc.queryForObject("select id from vehicle_model where name = '2025款 1.5L'", Long.class);
        Long series = jdbc.queryForObject("select series_id from vehicle_model where id = ?", Long.class, model);
        String name = "测试版" + System.nanoTime() % 100000;
        LocalDate start = LocalDate.now(clock).minusDays(10);
        mvc.perform(post("/vehicles/catalogue/trims").with(logins.as("clerk")).with(csrf()).param("seriesId", series.toString())
                .param("modelId", model.toString()).param("name", name).param("offer.exteriorColours", "极地白、曜石黑")
                .param("offer.interiorColours", "黑色").param("offer.options", "倒车影像\n电动天窗=3000")
                .param("price.price", "118900").param("price.cost", "106500").param("price.validFrom", start.toString()))
                .andExpect(status().is3xxRedirection());
        Long id = trim(name);
        LocalDate next = LocalDate.now(clock).plusDays(5);
        mvc.perform(post("/vehicles/catalogue/trims/" + id + "/prices").with(logins.as("clerk")).with(csrf())
                .param("price", "112900").param("cost", "101000").param("validFrom", next.toString()))
                .andExpect(status().is3xxRedirection());
        MvcResult tooEarly = mvc.perform(post("/vehicles/catalogue/trims/" + id + "/prices").with(logins.as("clerk")).with(csrf())
                .param("price", "100000").param("cost", "90000").param("validFrom", start.toString())).andReturn();
        assertThat(tooEarly.getFlashMap().get("errorMessage").toString()).contains("须晚于现行价格的生效日期");

        String token = api.tokenFor("consultant1");
        String today = mvc.perform(get("/api/v1/vehicle-trims/" + id + "/price").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(today).contains("\"price\":118900.00").contains("\"validTo\":\"" + next.minusDays(1) + "\"")
                .doesNotContain("106500");
        String later = mvc.perform(get("/api/v1/vehicle-trims/" + id + "/price").param("on", next.toString())
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getContentAsString();
        assertThat(later).contains("\"price\":112900.00");
        String page = mvc.perform(get("/vehicles/catalogue/trims/" + id).with(logins.as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("118,900.00").contains("112,900.00").contains("电动天窗=3000");
    }

    @Test
    void theCataloguePageShowsSeriesTrimsColoursPricesAndPackagesAndCostsOnlyToThoseAllowed() throws Exception {
        Long tiguan = jdbc.queryForObject("select id from vehicle_series where name_zh = '途观L'", Long.class);
        String clerk = mvc.perform(get("/vehicles/catalogue").param("series", tiguan.toString()).with(logins.as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(clerk).contains("两驱智享版").contains("珍珠白").contains("219,900").contains("196,000").contains("贴膜套装");
        String consultant = mvc.perform(get("/vehicles/catalogue").param("series", tiguan.toString())
                .with(logins.as("consultant1"))).andReturn().getResponse().getContentAsString();
        assertThat(consultant).contains("219,900").doesNotContain("196,000").doesNotContain("id=\"brand-form\"");
    }
}
