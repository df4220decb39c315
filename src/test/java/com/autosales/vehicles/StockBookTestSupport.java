package com.autosales.vehicles;

import com.autosales.access.AccessSetup;
import com.autosales.org.OrgSetup;
import com.autosales.support.ApiClient;
import com.autosales.support.Logins;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the stock-book integration tests share: the app's beans, a catalogue model of the test class's own (so its rows
 * hold exactly what the class recorded), the clerk's store (上海浦东4S店) and today by the app's clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StockBookTestSupport {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient apiClient;
    @Autowired JdbcTemplate jdbc;
    @Autowired StockSetup setup;
    @Autowired CatalogueSetup catalogue;
    @Autowired OrgSetup org;
    @Autowired AccessSetup access;
    @Autowired Clock clock;

    StockBookFixtures fixtures;
    StockBookFixtures.OwnModel model;
    StockBookApi api;
    Long pudong;
    LocalDate today;

    @BeforeAll
    void aModelOfItsOwn() {
        today = LocalDate.now(clock);
        fixtures = new StockBookFixtures(setup, jdbc);
        api = new StockBookApi(mvc, apiClient);
        model = fixtures.ownModel(catalogue, today.minusYears(1));
        pudong = new StockFixtures(jdbc).pudongStore();
    }

    /** A new store of the group with its own clerk ({@link StockBookFixtures#secondClerk()}). */
    Long secondStore() {
        return fixtures.secondStore(org, access);
    }
}
