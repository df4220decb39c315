package com.autosales.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.access.AccessSetup;
import com.autosales.leads.LeadSource;
import com.autosales.org.OrgSetup;
import com.autosales.showroom.ReceptionLogged;
import com.autosales.showroom.ReceptionSource;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import com.autosales.testdrives.TestDriveCompleted;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Visits, leads and test drives of two consultants arrive as events: the funnel counts each record once, per
 * consultant and source with its rates, and lists exactly those records behind each number, each reader only within
 * their data scope.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgSetup org;
    @Autowired AccessSetup access;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;
    @Autowired FunnelRecorder recorder;

    private FunnelTestStore store;
    private String days;
    private final List<Long> visitsOfA = new ArrayList<>();
    private final List<Long> visitsOfB = new ArrayList<>();
    private Long onlineLeadOfA;
    private Long driveOfA;
    private Long unknownDriveOfB;

    /** A: 3 visits (2 walk-in, 1 online), 2 leads (walk-in, online), 1 drive of the online lead. B: 2 phone visits, 1 phone lead, 2 drives. */
    @BeforeAll
    void twoConsultantsWithAMonthOfRecords() {
        store = new FunnelTestStore(org, access, jdbc, events, tx);
        LocalDate today = LocalDate.now(clock);
        days = "from=" + today.minusDays(1) + "&to=" + today;
        Long customerOfB = store.newId();
        visitsOfA.add(store.visit(store.consultantA, null, ReceptionSource.WALK_IN));
        visitsOfA.add(store.visit(store.consultantA, null, ReceptionSource.WALK_IN));
        visitsOfA.add(store.visit(store.consultantA, null, ReceptionSource.ONLINE));
        visitsOfB.add(store.visit(store.consultantB, customerOfB, ReceptionSource.PHONE));
        visitsOfB.add(store.visit(store.consultantB, null, ReceptionSource.PHONE));
        store.lead(store.consultantA, store.newId(), LeadSource.WALK_IN);
        onlineLeadOfA = store.lead(store.consultantA, store.newId(), LeadSource.ONLINE);
        store.lead(store.consultantB, customerOfB, LeadSource.PHONE);
        store.awaitRows(8);
        driveOfA = store.drive(store.consultantA, store.newId(), onlineLeadOfA);
        store.drive(store.consultantB, customerOfB, null);
        unknownDriveOfB = store.drive(store.consultantB, store.newId(), null);
        store.awaitRows(11);
    }

    private JsonNode api(String user, String path) throws Exception {
        String body = mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return ApiClient.json(body);
    }

    private static long count(JsonNode stages, FunnelStage stage) {
        return stages.get(stage.ordinal()).get("count").asLong();
    }

    private static String rate(JsonNode stages, FunnelStage stage, String which) {
        JsonNode rate = stages.get(stage.ordinal()).get(which);
        return rate == null || rate.isNull() ? null : rate.decimalValue().toPlainString();
    }

    private static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode r : rows) {
            if (r.get(field).asString().equals(value)) {
                return r.get("stages");
            }
        }
        throw new AssertionError("no row with " + field + " = " + value + " in " + rows);
    }

    @Test
    void theManagerSeesCountsAndRatesOfTheStorePerConsultantAndPerSource() throws Exception {
        JsonNode funnel = api(store.manager.username(), "/api/v1/funnel?" + days);
        JsonNode stages = funnel.get("stages");
        assertThat(List.of(count(stages, FunnelStage.VISIT), count(stages, FunnelStage.LEAD),
                count(stages, FunnelStage.TEST_DRIVE), count(stages, FunnelStage.QUOTE))).containsExactly(5L, 3L, 3L, 0L);
        assertThat(rate(stages, FunnelStage.VISIT, "rateFromPrevious")).isNull();
        assertThat(rate(stages, FunnelStage.LEAD, "rateFromPrevious")).isEqualTo("60.0");
        assertThat(rate(stages, FunnelStage.TEST_DRIVE, "rateFromPrevious")).isEqualTo("100.0");
        assertThat(rate(stages, FunnelStage.TEST_DRIVE, "rateFromVisits")).isEqualTo("60.0");
        assertThat(rate(stages, FunnelStage.QUOTE, "rateFromPrevious")).isEqualTo("0.0");
        assertThat(rate(stages, FunnelStage.ORDER, "rateFromPrevious")).as("no quotes, no rate").isNull();

        JsonNode a = row(funnel.get("byConsultant"), "consultantId", String.valueOf(store.consultantA.employeeId()));
        assertThat(List.of(count(a, FunnelStage.VISIT), count(a, FunnelStage.LEAD), count(a, FunnelStage.TEST_DRIVE)))
                .containsExactly(3L, 2L, 1L);
        assertThat(rate(a, FunnelStage.LEAD, "rateFromPrevious")).isEqualTo("66.7");
        JsonNode b = row(funnel.get("byConsultant"), "consultantId", String.valueOf(store.consultantB.employeeId()));
        assertThat(List.of(count(b, FunnelStage.VISIT), count(b, FunnelStage.LEAD), count(b, FunnelStage.TEST_DRIVE)))
                .containsExactly(2L, 1L, 2L);
        assertThat(rate(b, FunnelStage.TEST_DRIVE, "rateFromPrevious")).isEqualTo("200.0");
        assertThat(funnel.get("byConsultant")).hasSize(2);

        JsonNode bySource = funnel.get("bySource");
        assertThat(bySource).hasSize(FunnelSource.values().length);
        JsonNode walkIn = row(bySource, "source", "WALK_IN");
        assertThat(List.of(count(walkIn, FunnelStage.VISIT), count(walkIn, FunnelStage.LEAD), count(walkIn, FunnelStage.TEST_DRIVE)))
                .containsExactly(2L, 1L, 0L);
        JsonNode online = row(bySource, "source", "ONLINE");
        assertThat(List.of(count(online, FunnelStage.VISIT), count(online, FunnelStage.LEAD), count(online, FunnelStage.TEST_DRIVE)))
                .as("the drive takes its lead's source").containsExactly(1L, 1L, 1L);
        JsonNode phone = row(bySource, "source", "PHONE");
        assertThat(count(phone, FunnelStage.TEST_DRIVE)).as("a drive without a lead takes the customer's latest lead or visit").isEqualTo(1);
        JsonNode unknown = row(bySource, "source", "UNKNOWN");
        assertThat(count(unknown, FunnelStage.TEST_DRIVE)).as("nothing earlier of the customer").isEqualTo(1);
        assertThat(rate(unknown, FunnelStage.LEAD, "rateFromPrevious")).isNull();
    }

    @Test
    void aRedeliveredEventIsCountedOnceAndItsDeliveryStillCompletes() {
        Long visit = visitsOfA.get(0);
        store.publish(new ReceptionLogged(visit, null, store.consultantA.employeeId(), store.storeId,
                ReceptionSource.WALK_IN, true, Instant.now()));
        store.publish(new TestDriveCompleted(driveOfA, null, onlineLeadOfA, store.consultantA.employeeId(), 5,
                Instant.now(), store.storeId));
        store.awaitDeliveries("\"receptionId\":" + visit + ",", 2);
        store.awaitDeliveries("\"testDriveId\":" + driveOfA + ",", 2);
        assertThat(store.rows()).isEqualTo(11);
        assertThat(recorder.record(FunnelStage.VISIT, "reception", visit, store.storeId, store.consultantA.employeeId(),
                null, null, FunnelSource.WALK_IN, Instant.now())).as("recorded before").isFalse();
        assertThat(store.rows()).isEqualTo(11);
    }

    @Test
    void theDrillDownListsExactlyTheRecordsCountedForEachNumber() throws Exception {
        JsonNode visits = api(store.manager.username(), "/api/v1/funnel/records?stage=VISIT&" + days);
        assertThat(ids(visits)).containsAll(visitsOfA).containsAll(visitsOfB);
        JsonNode bVisits = api(store.manager.username(), "/api/v1/funnel/records?stage=VISIT&consultantId="
                + store.consultantB.employeeId() + "&" + days);
        assertThat(ids(bVisits)).containsExactlyInAnyOrderElementsOf(visitsOfB);
        assertThat(bVisits.get("totalItems").asLong()).isEqualTo(2);
        JsonNode onlineDrives = api(store.manager.username(), "/api/v1/funnel/records?stage=TEST_DRIVE&source=ONLINE&" + days);
        assertThat(ids(onlineDrives)).containsExactly(driveOfA);
        assertThat(onlineDrives.get("items").get(0).get("link").asString()).isEqualTo("/test-drives/" + driveOfA);
        assertThat(onlineDrives.get("items").get(0).get("consultantName").asString()).startsWith("顾问甲");
        JsonNode unknownDrives = api(store.manager.username(), "/api/v1/funnel/records?stage=TEST_DRIVE&source=UNKNOWN&" + days);
        assertThat(ids(unknownDrives)).containsExactly(unknownDriveOfB);
    }

    private static Set<Long> ids(JsonNode page) {
        Set<Long> ids = new TreeSet<>();
        page.get("items").forEach(i -> ids.add(i.get("recordId").asLong()));
        return ids;
    }
}
