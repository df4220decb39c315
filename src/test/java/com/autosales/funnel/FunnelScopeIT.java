package com.autosales.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.access.AccessSetup;
import com.autosales.leads.LeadSource;
import com.autosales.org.OrgSetup;
import com.autosales.showroom.ReceptionSource;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.Clock;
import java.time.LocalDate;
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

/** A consultant's funnel is their own on every path (page, drill-down, API); other stores' managers see none of it. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelScopeIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgSetup org;
    @Autowired AccessSetup access;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    private FunnelTestStore store;
    private String days;
    private List<Long> visitsOfA;
    private Long visitOfB;
    private Long leadOfB;

    @BeforeAll
    void twoVisitsOfAAndAVisitAndALeadOfB() {
        store = new FunnelTestStore(org, access, jdbc, events, tx);
        LocalDate today = LocalDate.now(clock);
        days = "from=" + today.minusDays(1) + "&to=" + today;
        visitsOfA = List.of(store.visit(store.consultantA, null, ReceptionSource.WALK_IN),
                store.visit(store.consultantA, null, ReceptionSource.REFERRAL));
        visitOfB = store.visit(store.consultantB, null, ReceptionSource.WALK_IN);
        leadOfB = store.lead(store.consultantB, store.newId(), LeadSource.WALK_IN);
        store.awaitRows(4);
    }

    private String body(String user, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static Set<Long> ids(String page) {
        Set<Long> ids = new TreeSet<>();
        ApiClient.json(page).get("items").forEach(i -> ids.add(i.get("recordId").asLong()));
        return ids;
    }

    @Test
    void aConsultantSeesOnlyTheirOwnFunnelOverTheApi() throws Exception {
        String a = store.consultantA.username();
        JsonNode funnel = ApiClient.json(body(a, "/api/v1/funnel?" + days));
        assertThat(funnel.get("stages").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(funnel.get("stages").get(1).get("count").asLong()).isZero();
        assertThat(funnel.get("byConsultant")).hasSize(1);
        assertThat(funnel.get("byConsultant").get(0).get("consultantId").asLong()).isEqualTo(store.consultantA.employeeId());
        JsonNode askedForB = ApiClient.json(body(a, "/api/v1/funnel?consultantId=" + store.consultantB.employeeId() + "&" + days));
        assertThat(askedForB.get("stages").get(0).get("count").asLong()).isZero();

        assertThat(ids(body(a, "/api/v1/funnel/records?stage=VISIT&" + days))).containsExactlyInAnyOrderElementsOf(visitsOfA);
        assertThat(ids(body(a, "/api/v1/funnel/records?stage=VISIT&consultantId=" + store.consultantB.employeeId() + "&" + days)))
                .isEmpty();
        assertThat(ids(body(a, "/api/v1/funnel/records?stage=LEAD&" + days))).isEmpty();
        // the same with a real bearer token
        String token = api.tokenFor(a);
        String viaToken = mvc.perform(get("/api/v1/funnel/records?stage=VISIT&" + days).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ids(viaToken)).containsExactlyInAnyOrderElementsOf(visitsOfA);
    }

    @Test
    void aConsultantsPagesShowNeitherAnotherConsultantsRecordsNorAConsultantPicker() throws Exception {
        String a = store.consultantA.username();
        String page = body(a, "/funnel?" + days);
        assertThat(page).contains("id=\"funnel-stages\"").doesNotContain("id=\"consultantId\"")
                .doesNotContain(store.consultantB.name());
        String records = body(a, "/funnel/records?stage=VISIT&" + days);
        assertThat(records).contains("data-record=\"reception-" + visitsOfA.get(0) + "\"")
                .doesNotContain("reception-" + visitOfB);
        assertThat(body(a, "/funnel/records?stage=LEAD&consultantId=" + store.consultantB.employeeId() + "&" + days))
                .doesNotContain("lead-" + leadOfB).contains("id=\"records-empty\"");
    }

    @Test
    void theStoresManagerSeesBothAndPicksEitherConsultant() throws Exception {
        String m = store.manager.username();
        assertThat(ids(body(m, "/api/v1/funnel/records?stage=VISIT&" + days)))
                .containsExactlyInAnyOrder(visitsOfA.get(0), visitsOfA.get(1), visitOfB);
        String page = body(m, "/funnel?" + days);
        assertThat(page).contains("id=\"consultantId\"")
                .contains("value=\"" + store.consultantA.employeeId() + "\"")
                .contains("value=\"" + store.consultantB.employeeId() + "\"");
    }

    @Test
    void consultantsAndManagersOfAnotherStoreSeeNoneOfIt() throws Exception {
        for (String other : List.of("consultant1", "salesmanager", "gm")) {
            assertThat(ids(body(other, "/api/v1/funnel/records?stage=VISIT&" + days))).as(other)
                    .doesNotContainAnyElementsOf(visitsOfA).doesNotContain(visitOfB);
            assertThat(ids(body(other, "/api/v1/funnel/records?stage=LEAD&" + days))).as(other).doesNotContain(leadOfB);
        }
    }
}
