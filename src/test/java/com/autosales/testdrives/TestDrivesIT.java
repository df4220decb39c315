package com.autosales.testdrives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.Grade;
import com.autosales.customers.Lifecycle;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Consultants book demo cars in slots; a taken slot is refused, even for two requests at once, and each sees only their own. */
@IntegrationTest
class TestDrivesIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;
    @Autowired TestDriveFleet fleet;
    @Autowired PastTestDrives pastDrives;

    private Long store;
    private Long carId;
    private Long customer1;
    private Long customer2;
    private final LocalDate day = LocalDate.now().plusDays(2);

    @BeforeEach
    void ownCarAndCustomers() {
        store = jdbc.queryForObject("select store_id from app_user where username = 'consultant1'", Long.class);
        Long c1 = jdbc.queryForObject("select employee_id from app_user where username = 'consultant1'", Long.class);
        Long c2 = jdbc.queryForObject("select employee_id from app_user where username = 'consultant2'", Long.class);
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        carId = fleet.addCarFor(store, "测试车型" + tag, "测A" + tag, "白");
        customer1 = customers.registerFor(store, c1, new CustomerDetails(CustomerKind.INDIVIDUAL, "试驾客户" + tag, phone(),
                Lifecycle.NEW, Grade.B));
        customer2 = customers.registerFor(store, c2, new CustomerDetails(CustomerKind.INDIVIDUAL, "另一客户" + tag, phone(),
                Lifecycle.NEW, Grade.B));
    }

    private static String phone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private MvcResult bookOnPage(String user, Long customer, String start) throws Exception {
        return mvc.perform(post("/test-drives/new").with(logins.as(user)).with(csrf())
                .param("customerId", String.valueOf(customer)).param("carId", String.valueOf(carId))
                .param("day", day.toString()).param("start", start).param("slots", "1")).andReturn();
    }

    private Long bookedId(MvcResult result) {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsByteArray().length + " bytes").isEqualTo(302);
        String url = result.getResponse().getRedirectedUrl();
        return Long.valueOf(url.substring(url.indexOf("#drive-") + 7));
    }

    @Test
    void aBookedSlotShowsInTheDayCalendarWithInitialsAndConsultant() throws Exception {
        Long id = bookedId(bookOnPage("consultant1", customer1, "10:00"));
        String page = mvc.perform(get("/test-drives").param("day", day.toString()).with(logins.as("consultant1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"drive-" + id + "\"").contains("试 · 张伟");
        String week = mvc.perform(get("/test-drives/cars/" + carId).param("from", day.toString()).with(logins.as("consultant1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(week).contains("id=\"drive-" + id + "\"");
        // the second consultant sees the slot taken, without the customer
        String other = mvc.perform(get("/test-drives").param("day", day.toString()).with(logins.as("consultant2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain("id=\"drive-" + id + "\"").contains("已约 · 张伟");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'testdrive' and entity_id = ?"
                + " and action = 'BOOK'", Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void theSameCarAndSlotBookedByASecondConsultantIsRefusedWithAClearMessage() throws Exception {
        bookedId(bookOnPage("consultant1", customer1, "11:00"));
        MvcResult refused = bookOnPage("consultant2", customer2, "11:00");
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("该试驾车此时段已被预约");
        assertThat(jdbc.queryForObject("select count(*) from testdrive where car_id = ?", Integer.class, carId)).isEqualTo(1);
    }

    @Test
    void twoConsultantsBookingTheSameCarAndSlotAtTheSameInstantGetExactlyOneBooking() throws Exception {
        String token1 = api.tokenFor("consultant1");
        String token2 = api.tokenFor("consultant2");
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<MvcResult> a = CompletableFuture.supplyAsync(() -> apiBook(token1, customer1, ready, go));
        CompletableFuture<MvcResult> b = CompletableFuture.supplyAsync(() -> apiBook(token2, customer2, ready, go));
        ready.await();
        go.countDown();
        MvcResult first = a.join();
        MvcResult second = b.join();
        int[] statuses = {first.getResponse().getStatus(), second.getResponse().getStatus()};
        Arrays.sort(statuses);
        assertThat(statuses).containsExactly(201, 422);
        MvcResult loser = first.getResponse().getStatus() == 422 ? first : second;
        assertThat(loser.getResponse().getContentAsString()).contains("testdrives.slot-taken");
        assertThat(jdbc.queryForObject("select count(*) from testdrive where car_id = ?", Integer.class, carId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from testdrive_slot where car_id = ?", Integer.class, carId)).isEqualTo(2);
    }

    private MvcResult apiBook(String token, Long customer, CountDownLatch ready, CountDownLatch go) {
        try {
            var request = post("/api/v1/test-drives").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"customerId": %d, "carId": %d, "day": "%s", "start": "15:00", "slots": 1}
                            """.formatted(customer, carId, day));
            ready.countDown();
            go.await();
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void cancellingFreesTheSlotForAnotherConsultant() throws Exception {
        Long id = bookedId(bookOnPage("consultant1", customer1, "12:00"));
        long version = jdbc.queryForObject("select version from testdrive where id = ?", Long.class, id);
        mvc.perform(post("/test-drives/" + id + "/cancel").param("version", String.valueOf(version))
                .with(logins.as("consultant1")).with(csrf())).andExpect(status().is3xxRedirection());
        bookedId(bookOnPage("consultant2", customer2, "12:00"));
    }

    @Test
    void anExpiredLicenceIsRefusedAndTheDriveDoesNotStart() throws Exception {
        Long id = bookedId(bookOnPage("consultant1", customer1, "13:00"));
        Long route = fleet.routesOf(store).stream().filter(RouteView::active).findFirst().orElseThrow().id();
        String page = mvc.perform(post("/test-drives/" + id + "/start").with(logins.as("consultant1")).with(csrf())
                        .param("licenceNumber", "310101199001011234").param("licenceValidUntil", day.minusDays(1).toString())
                        .param("agreementAccepted", "true").param("routeId", String.valueOf(route)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("驾驶证已于").contains("过期");
        assertThat(jdbc.queryForObject("select status from testdrive where id = ?", String.class, id)).isEqualTo("BOOKED");

        String noAgreement = mvc.perform(post("/test-drives/" + id + "/start").with(logins.as("consultant1")).with(csrf())
                        .param("licenceNumber", "310101199001011234").param("licenceValidUntil", day.plusYears(3).toString())
                        .param("routeId", String.valueOf(route)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noAgreement).contains("试驾安全协议");
        assertThat(jdbc.queryForObject("select status from testdrive where id = ?", String.class, id)).isEqualTo("BOOKED");
    }

    @Test
    void feedbackAfterTheDriveIsStoredAuditedAndMovesTheCustomersLastContact() throws Exception {
        String token = api.tokenFor("consultant1");
        String created = mvc.perform(post("/api/v1/test-drives").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"customerId": %d, "carId": %d, "day": "%s", "start": "16:00", "slots": 2, "leadId": 777}
                                """.formatted(customer1, carId, day)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ApiClient.json(created).get("id").asLong();
        Long route = fleet.routesOf(store).stream().filter(RouteView::active).findFirst().orElseThrow().id();
        mvc.perform(post("/api/v1/test-drives/" + id + "/start").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"licenceNumber": "310101199001011234", "licenceValidUntil": "%s", "agreementAccepted": true, "routeId": %d}
                                """.formatted(day.plusYears(2), route)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("IN_PROGRESS")));
        mvc.perform(post("/test-drives/" + id + "/complete").with(logins.as("consultant1")).with(csrf())
                .param("score", "4").param("liked", "加速有力").param("concerns", "后排空间"))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.queryForMap("select status, score, liked, concerns, lead_id from testdrive where id = ?", id);
        assertThat(row.get("status")).isEqualTo("COMPLETED");
        assertThat(((Number) row.get("score")).intValue()).isEqualTo(4);
        assertThat(row.get("liked")).isEqualTo("加速有力");
        assertThat(((Number) row.get("lead_id")).longValue()).isEqualTo(777L);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'testdrive' and entity_id = ?"
                + " and action in ('BOOK', 'START', 'COMPLETE')", Integer.class, String.valueOf(id))).isEqualTo(3);
        assertThat(jdbc.queryForObject("select last_contact_at from customer where id = ?", java.sql.Timestamp.class, customer1))
                .isNotNull();
        String page = mvc.perform(get("/test-drives/" + id).with(logins.as("consultant1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已完成").contains("4 / 5");
    }

    @Test
    void aSecondConsultantCannotOpenTheFirstConsultantsBooking() throws Exception {
        Long id = bookedId(bookOnPage("consultant1", customer1, "09:00"));
        mvc.perform(get("/test-drives/" + id).with(logins.as("consultant2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/test-drives/" + id).header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/test-drives/" + id + "/cancel").param("version", "0").with(logins.as("consultant2")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/test-drives/" + id).with(logins.as("salesmanager"))).andExpect(status().isOk());
        String list = mvc.perform(get("/api/v1/test-drives").param("day", day.toString())
                        .header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("\"id\":" + id + ",");
    }

    @Test
    void aDriveBroughtInFromHistoryIsCompletedWithItsFeedbackAndHoldsItsSlot() {
        Long c1 = jdbc.queryForObject("select employee_id from app_user where username = 'consultant1'", Long.class);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Long id = pastDrives.record(store, c1, carId, customer1, yesterday, java.time.LocalTime.of(15, 0),
                "310115198803120021", 5, "加速有劲");
        java.util.Map<String, Object> drive = jdbc.queryForMap(
                "select status, score, liked, licence_number, completed_at from testdrive where id = ?", id);
        assertThat(drive.get("status")).isEqualTo("COMPLETED");
        assertThat(((Number) drive.get("score")).intValue()).isEqualTo(5);
        assertThat(drive.get("liked")).isEqualTo("加速有劲");
        assertThat(drive.get("completed_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from testdrive_slot where testdrive_id = ?", Long.class, id))
                .isPositive();
    }
}
