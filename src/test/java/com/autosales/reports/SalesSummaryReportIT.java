package com.autosales.reports;

import static com.autosales.reports.SalesReportJson.cells;
import static com.autosales.reports.SalesReportJson.hasSection;
import static com.autosales.reports.SalesReportJson.headline;
import static com.autosales.reports.SalesReportJson.labels;
import static com.autosales.reports.SalesReportJson.row;
import static com.autosales.reports.SalesReportJson.section;
import static com.autosales.reports.SalesReportJson.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * 销售日报·周报·月报 of 上海浦东4S店 in May 2017, on activity only this test records (local times, Asia/Shanghai):
 * <pre>
 * day     张伟 (consultant1)                                   刘洋 (consultant2)
 * 04-30   visit
 * 05-02   visit, order
 * 05-08   order cancelled (−1)                                 test drive
 * 05-09   visit, order, collected 10,000                       lead
 * 05-10   visits 09:30 and 23:30, lead, test drive, order,     visit, order, delivery, collected 30,000.50
 *         collected 50,000
 * 05-11   delivery                                             visit at 00:30 (the 11th, not the 10th)
 * 05-15                                                        order
 * targets approved 2017 plan, May: store leads 10, orders 12, deliveries 10, collections 1,000,000;
 *         刘洋 leads 4, orders 5, deliveries 4, collections 400,000
 * 05-11 appointments: 张伟 test drive 10:00; 刘洋 handover 14:00 and a lead follow-up due (and some that do not count)
 * </pre>
 */
@IntegrationTest
class SalesSummaryReportIT {

    private static final String MARKER = "reports-it";
    private static final String DAY = "/api/v1/reports/sales-summary?period=DAY&date=2017-05-10";

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private SalesReportFixtures fixtures;
    private Long consultant1;
    private Long consultant2;
    private Long drive;
    private Long handover;
    private Long lead;
    private String driveCustomer;

    @BeforeEach
    void mayOf2017() {
        fixtures = new SalesReportFixtures(jdbc);
        consultant1 = fixtures.employee("consultant1");
        consultant2 = fixtures.employee("consultant2");
        visit(1, consultant1, "2017-04-30T10:00");
        visit(2, consultant1, "2017-05-02T11:00");
        visit(3, consultant1, "2017-05-09T10:00");
        visit(4, consultant1, "2017-05-10T09:30");
        visit(5, consultant1, "2017-05-10T23:30");
        visit(6, consultant2, "2017-05-10T15:00");
        visit(7, consultant2, "2017-05-11T00:30");
        fixtures.funnel("LEAD", "lead", 9017050001L, consultant1, "PHONE", LocalDateTime.parse("2017-05-10T10:00"));
        fixtures.funnel("LEAD", "lead", 9017050002L, consultant2, "ONLINE", LocalDateTime.parse("2017-05-09T16:00"));
        fixtures.funnel("TEST_DRIVE", "testdrive", 9017050001L, consultant2, "WALK_IN", LocalDateTime.parse("2017-05-08T14:00"));
        fixtures.funnel("TEST_DRIVE", "testdrive", 9017050002L, consultant1, "PHONE", LocalDateTime.parse("2017-05-10T11:00"));
        fact("ORDERS", consultant1, "2017-05-02", "1", "200000", "contract", 9017050201L);
        fact("ORDERS", consultant1, "2017-05-08", "-1", "-200000", "contract-cancelled", 9017050201L);
        fact("ORDERS", consultant1, "2017-05-09", "1", "180000", "contract", 9017050901L);
        fact("ORDERS", consultant1, "2017-05-10", "1", "200000", "contract", 9017051001L);
        fact("ORDERS", consultant2, "2017-05-10", "1", "150000", "contract", 9017051002L);
        fact("ORDERS", consultant2, "2017-05-15", "1", "160000", "contract", 9017051501L);
        fact("DELIVERIES", consultant2, "2017-05-10", "1", "0", "contract", 9017040001L);
        fact("DELIVERIES", consultant1, "2017-05-11", "1", "0", "contract", 9017040002L);
        fact("COLLECTIONS", consultant1, "2017-05-09", "1", "10000", "payment", 9017050901L);
        fact("COLLECTIONS", consultant1, "2017-05-10", "1", "50000", "payment", 9017051001L);
        fact("COLLECTIONS", consultant2, "2017-05-10", "1", "30000.50", "payment", 9017051002L);
        Map<Object, Map<String, Integer>> targets = new LinkedHashMap<>();
        targets.put("STORE", Map.of("NEW_LEADS", 10, "ORDERS", 12, "DELIVERIES", 10, "COLLECTIONS", 1_000_000));
        targets.put(consultant2, Map.of("NEW_LEADS", 4, "ORDERS", 5, "DELIVERIES", 4, "COLLECTIONS", 400_000));
        fixtures.approvedPlan(2017, 5, targets);
        appointments();
    }

    private void visit(int n, Long consultant, String at) {
        fixtures.funnel("VISIT", "reception", 9017050000L + n, consultant, "WALK_IN", LocalDateTime.parse(at));
    }

    private void fact(String metric, Long employee, String on, String quantity, String amount, String type, long id) {
        fixtures.fact(metric, employee, LocalDate.parse(on), quantity, amount, type, id);
    }

    /** The next day's bookings, removed again after each test so no list of open work shows them. */
    private void appointments() {
        removeAppointments();
        Long store = fixtures.store();
        Long car = jdbc.queryForObject("select min(id) from testdrive_car where store_id = ?", Long.class, store);
        Map<String, Object> customer = jdbc.queryForMap("select id, name from customer where owner_employee_id = ?"
                + " order by id fetch first 1 rows only", consultant1);
        driveCustomer = (String) customer.get("name");
        Long customerId = ((Number) customer.get("id")).longValue();
        drive = testDrive(store, car, customerId, "2017-05-11T10:00", "BOOKED");
        testDrive(store, car, customerId, "2017-05-11T15:00", "CANCELLED");
        testDrive(store, car, customerId, "2017-05-12T09:00", "BOOKED");
        handover = delivery(9017051101L, consultant2, "RPT交车客户", "2017-05-11T14:00", "PREPARING");
        delivery(9017051102L, consultant2, "RPT次日交车", "2017-05-12T00:30", "PREPARING");
        delivery(9017051103L, consultant1, "RPT已交车", "2017-05-11T11:00", "DELIVERED");
        Timestamp created = Timestamp.valueOf("2017-05-01 09:00:00");
        jdbc.update("insert into sales_lead (customer_id, customer_name, store_id, owner_employee_id, models, payment_intent,"
                + " source, source_detail, level, status, created_at, updated_at, first_contact_at)"
                + " values (?, 'RPT回访客户', ?, ?, '帕萨特', 'CASH', 'WALK_IN', ?, 'B', 'OPEN', ?, ?, ?)",
                customerId, store, consultant2, MARKER, created, created, created);
        lead = jdbc.queryForObject("select id from sales_lead where source_detail = ?", Long.class, MARKER);
        jdbc.update("insert into lead_follow_up (lead_id, store_id, owner_employee_id, due_date, state, created_at)"
                + " values (?, ?, ?, ?, 'OPEN', ?)", lead, store, consultant2, java.sql.Date.valueOf("2017-05-11"), created);
        jdbc.update("insert into lead_follow_up (lead_id, store_id, owner_employee_id, due_date, state, created_at)"
                + " values (?, ?, ?, ?, 'DONE', ?)", lead, store, consultant2, java.sql.Date.valueOf("2017-05-11"), created);
    }

    private Long testDrive(Long store, Long car, Long customer, String at, String status) {
        LocalDateTime start = LocalDateTime.parse(at);
        jdbc.update("insert into testdrive (store_id, car_id, customer_id, consultant_employee_id, drive_day, starts_at,"
                + " ends_at, status, booked_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", store, car, customer,
                consultant1, java.sql.Date.valueOf(start.toLocalDate()), Timestamp.valueOf(start),
                Timestamp.valueOf(start.plusMinutes(30)), status, MARKER, Timestamp.valueOf("2017-05-01 09:00:00"));
        return jdbc.queryForObject("select max(id) from testdrive where booked_by = ?", Long.class, MARKER);
    }

    private Long delivery(long contractId, Long owner, String customer, String at, String status) {
        Long customerId = jdbc.queryForObject("select min(id) from customer", Long.class);
        jdbc.update("insert into delivery (contract_id, contract_number, customer_id, customer_name, store_id,"
                + " owner_employee_id, status, appointment_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                contractId, "RPT-" + contractId, customerId, customer, fixtures.store(), owner, status,
                LocalDateTime.parse(at).atZone(SalesReportFixtures.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
                Timestamp.valueOf("2017-05-01 09:00:00"));
        return jdbc.queryForObject("select id from delivery where contract_id = ?", Long.class, contractId);
    }

    @AfterEach
    void removeAppointments() {
        jdbc.update("delete from testdrive where booked_by = ?", MARKER);
        jdbc.update("delete from delivery where contract_number like 'RPT-%'");
        jdbc.update("delete from lead_follow_up where lead_id in (select id from sales_lead where source_detail = ?)", MARKER);
        jdbc.update("delete from sales_lead where source_detail = ?", MARKER);
    }

    private JsonNode report(String user, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).header("Authorization", "Bearer " + api.tokenFor(user))
                .header("Accept-Language", "zh-CN")).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return ApiClient.json(result.getResponse().getContentAsString());
    }

    private static String metric(String name) {
        return "reports.summary.metric." + name;
    }

    @Test
    void theDayAgainstTheDayBeforeTheMonthsTargetAndTheNextDaysAppointments() throws Exception {
        JsonNode day = report("gm", DAY);
        // the 10th: visits 2 + 1 (刘洋's 00:30 visit is the 11th's), 1 lead, 1 drive, orders 1 + 1, 刘洋's delivery,
        // 50,000 + 30,000.50 collected; the 9th: 1 visit, 1 lead, 1 order, 10,000
        value(headline(day, metric("TRAFFIC")), 3, 1);
        value(headline(day, metric("LEADS")), 1, 1);
        value(headline(day, metric("TEST_DRIVES")), 1, 0);
        value(headline(day, metric("ORDERS")), 2, 1);
        value(headline(day, metric("DELIVERIES")), 1, 0);
        value(headline(day, metric("COLLECTIONS")), "80000.50", "10000");
        assertThat(headline(day, metric("TRAFFIC")).get("link").asString())
                .isEqualTo("/funnel/records?stage=VISIT&from=2017-05-10&to=2017-05-10");
        // May 1–10: leads 2 of 10, orders 1 − 1 + 1 + 2 = 3 of 12, deliveries 1 of 10, 90,000.50 of 1,000,000;
        // 10 of 31 days = 32.3 %
        value(headline(day, "reports.summary.mtd.LEADS"), 2, 10);
        value(headline(day, "reports.summary.mtd.ORDERS"), 3, 12);
        value(headline(day, "reports.summary.mtd.DELIVERIES"), 1, 10);
        value(headline(day, "reports.summary.mtd.COLLECTIONS"), "90000.50", "1000000");
        value(headline(day, "reports.summary.time-progress"), "32.3", null);

        JsonNode overview = section(day, "overview");
        cells(row(overview, metric("TRAFFIC")), metric("TRAFFIC"), "200.0", null);
        cells(row(overview, metric("LEADS")), metric("LEADS"), "0.0", "20.0");
        cells(row(overview, metric("TEST_DRIVES")), metric("TEST_DRIVES"), null, null);
        cells(row(overview, metric("ORDERS")), metric("ORDERS"), "100.0", "25.0");
        cells(row(overview, metric("DELIVERIES")), metric("DELIVERIES"), null, "10.0");
        cells(row(overview, metric("COLLECTIONS")), metric("COLLECTIONS"), "700.0", "9.0"); // 700.005, 9.00005

        JsonNode consultants = section(day, "consultants");
        assertThat(labels(consultants)).as("one order each: 刘洋 delivered").containsExactly("刘洋", "张伟");
        cells(row(consultants, "刘洋"), "刘洋", 1, 0, 0, 1, 1, "30000.50");
        cells(row(consultants, "张伟"), "张伟", 2, 1, 1, 1, 0, "50000");
        cells(consultants.get("totals"), "reports.total", 3, 1, 1, 2, 1, "80000.50");
        assertThat(hasSection(day, "days")).isFalse();

        JsonNode appointments = section(day, "appointments");
        assertThat(appointments.get("rows").size()).isEqualTo(3);
        cells(appointments.get("rows").get(0), "reports.summary.appointment.TEST_DRIVE", "10:00", driveCustomer, "张伟");
        cells(appointments.get("rows").get(1), "reports.summary.appointment.DELIVERY", "14:00", "RPT交车客户", "刘洋");
        cells(appointments.get("rows").get(2), "reports.summary.appointment.FOLLOW_UP", null, "RPT回访客户", "刘洋");
        assertThat(appointments.get("rows").get(0).get("link").asString()).isEqualTo("/test-drives/" + drive);
        assertThat(appointments.get("rows").get(1).get("link").asString()).isEqualTo("/deliveries/" + handover);
        assertThat(appointments.get("rows").get(2).get("link").asString()).isEqualTo("/leads/" + lead);
    }

    @Test
    void consultant2SeesOnlyHisOwnDayAndTargets() throws Exception {
        JsonNode day = report("consultant2", DAY);
        value(headline(day, metric("TRAFFIC")), 1, 0);
        value(headline(day, metric("LEADS")), 0, 1);
        value(headline(day, metric("ORDERS")), 1, 0);
        value(headline(day, metric("DELIVERIES")), 1, 0);
        value(headline(day, metric("COLLECTIONS")), "30000.50", "0");
        // May 1–10 of his own: lead 1 of 4, order 1 of 5, delivery 1 of 4, 30,000.50 of 400,000 (7.500125 %)
        value(headline(day, "reports.summary.mtd.LEADS"), 1, 4);
        value(headline(day, "reports.summary.mtd.COLLECTIONS"), "30000.50", "400000");
        JsonNode overview = section(day, "overview");
        cells(row(overview, metric("LEADS")), metric("LEADS"), "-100.0", "25.0");
        cells(row(overview, metric("ORDERS")), metric("ORDERS"), null, "20.0");
        cells(row(overview, metric("DELIVERIES")), metric("DELIVERIES"), null, "25.0");
        cells(row(overview, metric("COLLECTIONS")), metric("COLLECTIONS"), null, "7.5");
        JsonNode consultants = section(day, "consultants");
        assertThat(labels(consultants)).containsExactly("刘洋");
        cells(consultants.get("totals"), "reports.total", 1, 0, 0, 1, 1, "30000.50");
        JsonNode appointments = section(day, "appointments");
        assertThat(labels(appointments)).containsExactly("reports.summary.appointment.DELIVERY",
                "reports.summary.appointment.FOLLOW_UP");
    }

    @Test
    void aWeekHasItsDaysAndTheWeekBefore() throws Exception {
        JsonNode week = report("gm", "/api/v1/reports/sales-summary?period=WEEK&date=2017-05-10");
        assertThat(week.get("period").get("start").asString()).isEqualTo("2017-05-08");
        // Mon 8th – Sun 14th against 1st – 7th (1 visit and 1 order on the 2nd)
        value(headline(week, metric("TRAFFIC")), 5, 1);
        value(headline(week, metric("ORDERS")), 2, 1);
        value(headline(week, metric("DELIVERIES")), 2, 0);
        value(headline(week, metric("COLLECTIONS")), "90000.50", "0");
        // May 1–14: orders 3 of 12, deliveries 2 of 10; 14 of 31 days
        value(headline(week, "reports.summary.mtd.ORDERS"), 3, 12);
        value(headline(week, "reports.summary.mtd.DELIVERIES"), 2, 10);
        value(headline(week, "reports.summary.time-progress"), "45.2", null);
        JsonNode days = section(week, "days");
        assertThat(labels(days)).containsExactly("2017-05-08", "2017-05-09", "2017-05-10", "2017-05-11", "2017-05-12",
                "2017-05-13", "2017-05-14");
        cells(row(days, "2017-05-08"), "2017-05-08", 0, 0, 1, -1, 0, 0);
        cells(row(days, "2017-05-10"), "2017-05-10", 3, 1, 1, 2, 1, "80000.50");
        cells(row(days, "2017-05-11"), "2017-05-11", 1, 0, 0, 0, 1, 0);
        cells(days.get("totals"), "reports.total", 5, 2, 2, 2, 2, "90000.50");
        assertThat(row(days, "2017-05-10").get("link").asString())
                .isEqualTo("/reports/sales-summary?period=DAY&date=2017-05-10");
        assertThat(days.get("chart").get("type").asString()).isEqualTo("LINE");
        assertThat(hasSection(week, "appointments")).isFalse();
    }

    @Test
    void aMonthByConsultant() throws Exception {
        JsonNode month = report("gm", "/api/v1/reports/sales-summary?period=MONTH&date=2017-05-20");
        value(headline(month, metric("TRAFFIC")), 6, 1);
        value(headline(month, metric("ORDERS")), 4, 0);
        value(headline(month, "reports.summary.mtd.ORDERS"), 4, 12);
        JsonNode consultants = section(month, "consultants");
        assertThat(labels(consultants)).as("two orders each, one delivery each; more traffic first")
                .containsExactly("张伟", "刘洋");
        cells(row(consultants, "张伟"), "张伟", 4, 1, 1, 2, 1, "60000");
        cells(row(consultants, "刘洋"), "刘洋", 2, 1, 1, 2, 1, "30000.50");
        cells(consultants.get("totals"), "reports.total", 6, 2, 2, 4, 2, "90000.50");
        assertThat(section(month, "days").get("rows").size()).isEqualTo(31);
    }

    @Test
    void withoutADateThePackShowsYesterday() throws Exception {
        JsonNode report = report("salesmanager", "/api/v1/reports/sales-summary");
        String yesterday = LocalDate.now(clock).minusDays(1).toString();
        assertThat(report.get("period").get("kind").asString()).isEqualTo("DAY");
        assertThat(report.get("period").get("start").asString()).isEqualTo(yesterday);
        String page = mvc.perform(get("/reports/sales-summary").with(logins.as("salesmanager"))
                .header("Accept-Language", "zh-CN")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("销售日报·周报·月报", "统计周期 " + yesterday, "次日预约", "本月时间进度");
        String bad = mvc.perform(get("/reports/sales-summary?period=FOO").with(logins.as("consultant2"))
                .header("Accept-Language", "zh-CN")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("无法识别的统计周期：FOO");
    }
}
