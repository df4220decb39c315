package com.autosales.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.shared.Vin;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Stock belongs to a store: other stores see none of it by any path; consultants see it without costs and cannot receive. */
@IntegrationTest
class StockScopeIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired StockSetup setup;
    @Autowired Clock clock;

    StockFixtures fixtures;
    Vin vin;
    Long id;

    @BeforeEach
    void aPudongVehicle() {
        fixtures = new StockFixtures(jdbc);
        vin = StockFixtures.freshVin();
        id = setup.receive(fixtures.pudongStore(), vin, StockFixtures.engineNo(), fixtures.tiguanTrim(), "星空蓝", "棕色",
                new java.math.BigDecimal("195123.45"), "=HYPERLINK(\"http://evil\")", LocalDate.now(clock).minusDays(40),
                StockStatus.IN_STOCK, "RK-SCOPE");
    }

    private String body(String user, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(user))).andReturn().getResponse().getContentAsString();
    }

    /** Gives the distributor's sales director vehicle rights for one test, so only the store scope stands in the way. */
    private void withDirectorVehicleRights(ThrowingRunnable test) throws Exception {
        String role = "(select id from app_role where code = 'director')";
        jdbc.update("insert into app_role_permission (role_id, permission) values (" + role + ", 'vehicles:view')");
        jdbc.update("insert into app_role_permission (role_id, permission) values (" + role + ", 'vehicles:export')");
        try {
            test.run();
        } finally {
            jdbc.update("delete from app_role_permission where role_id = " + role + " and permission like 'vehicles:%'");
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void theDistributorsDirectorSeesNoPudongVehicleByListIdApiOrExport() throws Exception {
        mvc.perform(get("/vehicles/stock").with(logins.as("director"))).andExpect(status().isForbidden());
        withDirectorVehicleRights(() -> {
            assertThat(body("director", "/vehicles/stock")).doesNotContain(vin.value()).contains("id=\"stock-empty\"");
            mvc.perform(get("/vehicles/stock/" + id).with(logins.as("director"))).andExpect(status().isNotFound());
            String token = api.tokenFor("director");
            mvc.perform(get("/api/v1/stock-vehicles/" + id).header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
            String list = mvc.perform(get("/api/v1/stock-vehicles").param("vin", vin.value()).header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(list).contains("\"totalItems\":0");
            assertThat(sheetText("director")).doesNotContain(vin.value());
            String ageing = mvc.perform(get("/api/v1/stock-vehicles/ageing").header("Authorization", "Bearer " + token))
                    .andReturn().getResponse().getContentAsString();
            assertThat(ageing).contains("\"totalCount\":0");
        });
    }

    @Test
    void theClerksExportHasTheVehicleWithItsCostAndNoFormula() throws Exception {
        String sheet = sheetText("clerk");
        assertThat(sheet).contains(vin.value()).contains("'=HYPERLINK").contains("195123.45");
    }

    private String sheetText(String user) throws Exception {
        byte[] xlsx = mvc.perform(get("/vehicles/stock/export.xlsx").param("vin", vin.value()).with(logins.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append('|')));
        }
        return text.toString();
    }

    @Test
    void aConsultantSeesTheVehicleWithoutAnyCostAndCannotReceive() throws Exception {
        String page = body("consultant1", "/vehicles/stock/" + id);
        assertThat(page).contains(vin.value()).doesNotContain("195,123.45").doesNotContain("id=\"vehicle-cost\"");
        assertThat(body("consultant1", "/vehicles/stock?vin=" + vin.value())).contains(vin.value()).doesNotContain("195,123.45");
        String token = api.tokenFor("consultant1");
        String json = mvc.perform(get("/api/v1/stock-vehicles/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains(vin.value()).doesNotContain("purchaseCost");
        String models = mvc.perform(get("/api/v1/vehicle-models").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(models).contains("\"msrp\":219900.00").doesNotContain("\"cost\"");
        assertThat(mvc.perform(get("/api/v1/stock-vehicles/ageing").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString()).doesNotContain("cost");
        mvc.perform(get("/vehicles/stock/new").with(logins.as("consultant1"))).andExpect(status().isForbidden());
        mvc.perform(post("/vehicles/stock/new").with(logins.as("consultant1")).with(csrf()).param("vehicles", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/vehicles/stock/export.xlsx").with(logins.as("consultant1"))).andExpect(status().isForbidden());
    }

    @Test
    void theSalesManagerSeesCostsOnTheApi() throws Exception {
        String token = api.tokenFor("salesmanager");
        assertThat(mvc.perform(get("/api/v1/stock-vehicles/" + id).header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString()).contains("\"purchaseCost\":195123.45");
        assertThat(mvc.perform(get("/api/v1/vehicle-models").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString()).contains("\"cost\":196000.00");
    }

    @Test
    void theApiFiltersByAgeBucketAndStatus() throws Exception {
        String token = api.tokenFor("salesmanager");
        for (String[] query : new String[][] {{"DAYS_31_60", "IN_STOCK", "1"}, {"DAYS_0_30", "IN_STOCK", "0"},
            {"DAYS_31_60", "DEMO", "0"}}) {
            String list = mvc.perform(get("/api/v1/stock-vehicles").param("vin", vin.value()).param("age", query[0])
                    .param("status", query[1]).header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(list).as(String.join(" ", query)).contains("\"totalItems\":" + query[2]);
        }
        assertThat(mvc.perform(get("/api/v1/stock-vehicles/" + id).header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString()).contains("\"ageDays\":40");
    }
}
