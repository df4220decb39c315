package com.autosales.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.access.AccessSetup;
import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.Lifecycle;
import com.autosales.org.OrgSetup;
import com.autosales.showroom.ReceptionForm;
import com.autosales.showroom.ReceptionKind;
import com.autosales.showroom.ReceptionLog;
import com.autosales.showroom.ReceptionSource;
import com.autosales.support.StoreToday;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receptions logged in the showroom reach the funnel page and its drill-down (with the customer's name for those who
 * may see the card); bad filters get a message in the reader's language, not an error page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelPageIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgSetup org;
    @Autowired AccessSetup access;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired ReceptionLog receptions;
    @Autowired CustomerManagement customers;
    @Autowired Clock clock;

    private FunnelTestStore store;
    private String customerName;
    private Long visitOfA;
    private Long visitOfBForACustomer;

    /** A's customer visits A, then calls in and is taken by B (who may not see A's card). */
    @BeforeAll
    void aCustomerOfAVisitsAAndCallsB() {
        store = new FunnelTestStore(org, access, jdbc, events, tx);
        customerName = "漏斗客户" + System.nanoTime() % 100000;
        String phone = "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        customers.registerFor(store.storeId, store.consultantA.employeeId(), new CustomerDetails(CustomerKind.INDIVIDUAL,
                customerName, phone, Lifecycle.POTENTIAL, null));
        visitOfA = receptions.logFor(store.storeId, store.consultantA.employeeId(), store.consultantA.username(),
                new ReceptionForm(ReceptionKind.VISIT, StoreToday.minutesAgo(clock, 30), null, 2, ReceptionSource.ONLINE, "懂车帝",
                        "途观L", null, null, null, phone, false)).id();
        visitOfBForACustomer = receptions.logFor(store.storeId, store.consultantB.employeeId(), store.consultantB.username(),
                new ReceptionForm(ReceptionKind.CALL, StoreToday.minutesAgo(clock, 10), null, 1, ReceptionSource.PHONE, null,
                        null, null, null, null, phone, false)).id();
        await().atMost(Duration.ofSeconds(15)).until(() -> store.rows() == 2);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theFunnelPageShowsTheChartTheStagesAndLinksEveryNumberToItsRecords() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String html = page(store.manager.username(), "/funnel?period=TODAY");
        assertThat(html).contains("id=\"funnel-chart\"").contains("data-chart=\"[{&quot;name&quot;:&quot;到店/来电&quot;,&quot;value&quot;:2,")
                .containsPattern("/webjars/echarts/[0-9.]+/dist/echarts.min.js")
                .contains("href=\"/funnel/records?stage=VISIT&amp;from=" + today + "&amp;to=" + today + "\"")
                .contains("id=\"funnel-consultants\"").contains(store.consultantA.name()).contains(store.consultantB.name())
                .contains("id=\"funnel-sources\"");
        String records = page(store.manager.username(), "/funnel/records?stage=VISIT&from=" + today + "&to=" + today
                + "&source=ONLINE");
        assertThat(records).contains("data-record=\"reception-" + visitOfA + "\"")
                .contains("href=\"/showroom/receptions/" + visitOfA + "\"").contains(customerName)
                .doesNotContain("reception-" + visitOfBForACustomer);
    }

    @Test
    void aConsultantSeesTheNameOnlyOfCustomersWhoseCardTheyMaySee() throws Exception {
        String ofB = page(store.consultantB.username(), "/funnel/records?stage=VISIT&period=TODAY");
        assertThat(ofB).contains("data-record=\"reception-" + visitOfBForACustomer + "\"").doesNotContain(customerName);
        String ofA = page(store.consultantA.username(), "/funnel/records?stage=VISIT&period=TODAY");
        assertThat(ofA).contains(customerName);
    }

    @Test
    void aStartAfterTheEndIsToldOnThePageAndRefusedByTheApi() throws Exception {
        String html = page(store.manager.username(), "/funnel?from=2026-03-10&to=2026-03-01");
        assertThat(html).contains("id=\"funnel-error\"").contains("开始日期（2026-03-10）不能晚于结束日期（2026-03-01）")
                .doesNotContain("id=\"funnel-stages\"").contains("value=\"2026-03-10\"");
        String english = mvc.perform(get("/funnel/records?stage=LEAD&from=2026-03-10&to=2026-03-01")
                        .with(logins.as(store.manager.username())).cookie(new Cookie("AUTOSALES_LANG", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("The start date (2026-03-10) cannot be after the end date (2026-03-01).");
        String problem = mvc.perform(get("/api/v1/funnel?from=2026-03-10&to=2026-03-01").with(logins.as(store.manager.username())))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(ApiClient.json(problem).get("code").asString()).isEqualTo("funnel.period-reversed");
    }

    @Test
    void anUnreadableFilterIsToldAndThisMonthIsShown() throws Exception {
        String html = page(store.manager.username(), "/funnel?from=10.03.2026&source=NEWSPAPER");
        assertThat(html).contains("筛选条件无法识别").contains("id=\"funnel-stages\"");
        mvc.perform(get("/api/v1/funnel?from=yesterday").with(logins.as(store.manager.username())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/funnel/records?stage=NOTHING").with(logins.as(store.manager.username())))
                .andExpect(status().isBadRequest());
    }
}
