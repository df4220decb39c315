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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The clerk receives vehicles, finds them in the list, moves them through legal statuses only, each change recorded. */
@IntegrationTest
class StockReceivingIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;

    StockFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new StockFixtures(jdbc);
    }

    private MvcResult receiveOnPage(String user, String lines) throws Exception {
        return mvc.perform(post("/vehicles/stock/new").with(logins.as(user)).with(csrf()).param("vehicles", lines)
                .param("trimId", String.valueOf(fixtures.tiguanTrim())).param("exteriorColour", "珍珠白")
                .param("interiorColour", "黑色").param("location", "主展厅").param("status", "IN_STOCK")
                .param("document", "RK-TEST")).andReturn();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theClerkReceivesThreeVehiclesAtOnceAndFindsThemInTheListWithTheCatalogueCost() throws Exception {
        Vin a = StockFixtures.freshVin();
        Vin b = StockFixtures.freshVin();
        Vin c = StockFixtures.freshVin();
        MvcResult result = receiveOnPage("clerk", a + " " + StockFixtures.engineNo() + "\n" + b.value().toLowerCase() + ","
                + StockFixtures.engineNo() + "\n\n" + c + "\t" + StockFixtures.engineNo());
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(page("clerk", "/vehicles/stock?vin=" + a.value().substring(9))).contains(a.value());
        for (Vin vin : List.of(a, b, c)) {
            Long id = fixtures.idOf(vin);
            assertThat(fixtures.statusOf(id)).isEqualTo("IN_STOCK");
            assertThat(jdbc.queryForObject("select purchase_cost from stock_vehicle where id = ?", java.math.BigDecimal.class, id))
                    .isEqualByComparingTo("196000");
            assertThat(fixtures.movementsOf(id)).isEqualTo(1);
        }
    }

    @Test
    void aVehicleMovesThroughLegalStatusesAndEachChangeIsInItsHistory() throws Exception {
        Vin vin = StockFixtures.freshVin();
        receiveOnPage("clerk", vin + " " + StockFixtures.engineNo());
        Long id = fixtures.idOf(vin);
        mvc.perform(post("/vehicles/stock/" + id + "/transitions").with(logins.as("clerk")).with(csrf())
                .param("target", "DEMO").param("document", "SJ-001").param("note", "展厅试驾"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/vehicles/stock/" + id + "/transitions").with(logins.as("clerk")).with(csrf())
                .param("target", "IN_STOCK").param("location", "二号库")).andExpect(status().is3xxRedirection());
        assertThat(fixtures.statusOf(id)).isEqualTo("IN_STOCK");
        String detail = page("clerk", "/vehicles/stock/" + id);
        assertThat(detail).contains("SJ-001").contains("展厅试驾").contains("二号库").contains("陈静");
        assertThat(fixtures.movementsOf(id)).isEqualTo(3);
    }

    @Test
    void anIllegalTransitionIsRefusedWithAMessageAndNothingChanges() throws Exception {
        Vin vin = StockFixtures.freshVin();
        receiveOnPage("clerk", vin + " " + StockFixtures.engineNo());
        Long id = fixtures.idOf(vin);
        MvcResult refused = mvc.perform(post("/vehicles/stock/" + id + "/transitions").with(logins.as("clerk")).with(csrf())
                .param("target", "DELIVERED")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("errorMessage")).isEqualTo("车辆当前为“在库”，不能变更为“已交车”。");
        assertThat(fixtures.statusOf(id)).isEqualTo("IN_STOCK");
        assertThat(fixtures.movementsOf(id)).isEqualTo(1);

        String token = api.tokenFor("clerk");
        String problem = mvc.perform(post("/api/v1/stock-vehicles/" + id + "/transitions").header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"target\":\"SOLD\"}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("vehicles.transition-not-allowed").contains("The vehicle is \\\"In stock\\\" and cannot become \\\"Sold\\\".");
        assertThat(fixtures.movementsOf(id)).isEqualTo(1);
    }

    @Test
    void aVinAlreadyInStockOrWithAWrongCheckDigitIsRefusedOnThePage() throws Exception {
        Vin vin = StockFixtures.freshVin();
        receiveOnPage("clerk", vin + " " + StockFixtures.engineNo());
        MvcResult again = receiveOnPage("clerk", vin + " " + StockFixtures.engineNo());
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(again.getResponse().getContentAsString()).contains("车架号 " + vin + " 已在库存中登记，不能重复入库。");
        MvcResult typo = receiveOnPage("clerk", StockFixtures.freshVin() + " " + StockFixtures.engineNo()
                + "\nLSVAU2180N2183294 " + StockFixtures.engineNo());
        assertThat(typo.getResponse().getContentAsString()).contains("第 2 行：车架号（VIN）校验位不符：LSVAU2180N2183294");
        assertThat(jdbc.queryForObject("select count(*) from stock_vehicle where vin = ?", Integer.class, vin.value())).isEqualTo(1);
    }

    @Test
    void twoReceiptsOfTheSameVinAtTheSameMomentLeaveOneVehicle() throws Exception {
        Vin vin = StockFixtures.freshVin();
        String token = api.tokenFor("clerk");
        String body = """
                {"vin":"%s","engineNo":"%s","trimId":%d,"exteriorColour":"星空蓝","interiorColour":"棕色","location":"二号库"}
                """.formatted(vin, StockFixtures.engineNo(), fixtures.tiguanTrim());
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    var request = post("/api/v1/stock-vehicles").header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON).content(body);
                    ready.countDown();
                    go.await();
                    return mvc.perform(request).andReturn().getResponse().getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        ready.await();
        go.countDown();
        assertThat(calls.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(201, 409);
        assertThat(jdbc.queryForObject("select count(*) from stock_vehicle where vin = ?", Integer.class, vin.value())).isEqualTo(1);
    }
}
