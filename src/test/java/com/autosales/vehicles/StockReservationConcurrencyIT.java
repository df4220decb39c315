package com.autosales.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.shared.Vin;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A VIN is reserved by one contract only: twenty reservations fired at the same instant, exactly one wins. */
@IntegrationTest
class StockReservationConcurrencyIT {

    private static final int THREADS = 20;

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired StockSetup setup;

    StockFixtures fixtures;
    String token;

    @BeforeEach
    void fixtures() throws Exception {
        fixtures = new StockFixtures(jdbc);
        token = api.tokenFor("salesmanager");
    }

    private Long vehicleInStock() {
        Vin vin = StockFixtures.freshVin();
        return setup.receive(fixtures.pudongStore(), vin, StockFixtures.engineNo(), fixtures.tiguanTrim(), "珍珠白", "黑色",
                null, "主展厅", LocalDate.now().minusDays(3), StockStatus.IN_STOCK, "RK-TEST");
    }

    private MvcResult reserve(Long id, String contract) throws Exception {
        return mvc.perform(post("/api/v1/stock-vehicles/" + id + "/reservation").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"contractRef\":\"" + contract + "\"}")).andReturn();
    }

    @Test
    void twentySimultaneousReservationsOfOneVinLeaveExactlyOneContractHoldingIt() throws Exception {
        Long id = vehicleInStock();
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<CompletableFuture<MvcResult>> calls = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String contract = "HT-RACE-" + i;
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        ready.countDown();
                        go.await();
                        return reserve(id, contract);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            ready.await();
            go.countDown();
            List<MvcResult> results = calls.stream().map(CompletableFuture::join).toList();
            List<Integer> statuses = results.stream().map(r -> r.getResponse().getStatus()).toList();
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(THREADS - 1);
            for (MvcResult lost : results.stream().filter(r -> r.getResponse().getStatus() == 409).toList()) {
                assertThat(lost.getResponse().getContentAsString()).contains("vehicles.already-reserved").contains("已被其他合同锁定");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.statusOf(id)).isEqualTo("RESERVED");
        assertThat(jdbc.queryForObject("select count(*) from stock_reservation where vehicle_id = ?", Integer.class, id)).isEqualTo(1);
        String holder = jdbc.queryForObject("select contract_ref from stock_reservation where vehicle_id = ?", String.class, id);
        assertThat(jdbc.queryForObject("select contract_ref from stock_vehicle where id = ?", String.class, id)).isEqualTo(holder);
        assertThat(fixtures.movementsOf(id)).isEqualTo(2);
    }

    @Test
    void aReleasedVehicleCanBeReservedByTheNextContractAndTheHistoryNamesBoth() throws Exception {
        Long id = vehicleInStock();
        assertThat(reserve(id, "HT-FIRST").getResponse().getStatus()).isEqualTo(200);
        assertThat(reserve(id, "HT-SECOND").getResponse().getStatus()).isEqualTo(409);
        mvc.perform(delete("/api/v1/stock-vehicles/" + id + "/reservation").param("contractRef", "HT-OTHER")
                .header("Authorization", "Bearer " + token)).andExpect(status().isUnprocessableContent());
        mvc.perform(delete("/api/v1/stock-vehicles/" + id + "/reservation").param("contractRef", "HT-FIRST")
                .header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(reserve(id, "HT-SECOND").getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForList("select document from stock_movement where vehicle_id = ? order by id", String.class, id))
                .containsExactly("RK-TEST", "HT-FIRST", "HT-FIRST", "HT-SECOND");
    }

    @Test
    void aDemoCarCannotBeReservedAndAPlainTransitionCannotReserve() throws Exception {
        Long id = vehicleInStock();
        mvc.perform(post("/api/v1/stock-vehicles/" + id + "/transitions").header("Authorization", "Bearer " + api.tokenFor("clerk"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"target\":\"RESERVED\",\"document\":\"HT-1\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/stock-vehicles/" + id + "/transitions").header("Authorization", "Bearer " + api.tokenFor("clerk"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"target\":\"DEMO\"}")).andExpect(status().isOk());
        String refused = reserve(id, "HT-DEMO").getResponse().getContentAsString();
        assertThat(refused).contains("vehicles.transition-not-allowed").contains("试驾车");
        assertThat(fixtures.statusOf(id)).isEqualTo("DEMO");
    }
}
