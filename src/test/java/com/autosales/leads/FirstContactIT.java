package com.autosales.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** 首次响应: assigned and platform leads wait for a first contact; missed deadlines reach the manager, once. */
@IntegrationTest
class FirstContactIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;
    @Autowired FirstContactWatch watch;

    private Long customerOfConsultant1(String name) {
        Map<String, Object> demo = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = '王芳'");
        String unique = name + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        customers.registerFor((Long) demo.get("store_id"), (Long) demo.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.INDIVIDUAL, unique,
                        "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), Lifecycle.NEW, Grade.B));
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, unique);
    }

    private Long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    /** The sales manager gives consultant1 a lead from an online platform on the page. */
    private Long managerAssignsPlatformLead(Long customerId) throws Exception {
        String location = mvc.perform(post("/leads").with(csrf()).with(logins.as("salesmanager"))
                        .param("customerId", String.valueOf(customerId)).param("models", "帕萨特 330TSI")
                        .param("paymentIntent", "LOAN").param("source", "ONLINE").param("sourceDetail", "汽车之家")
                        .param("level", "A").param("ownerEmployeeId", String.valueOf(employeeOf("consultant1"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(location.substring("/leads/".length()));
    }

    private Instant column(String column, Long leadId) {
        return jdbc.queryForObject("select " + column + " from sales_lead where id = ?", Instant.class, leadId);
    }

    private long notices(String username, String category, Long leadId) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and category = ? and link like ?",
                Long.class, username, category, "/leads/" + leadId + "%");
    }

    /** The lead list filtered to "waiting for a first contact", over the API. */
    private java.util.List<Long> waitingIdsOf(String username) throws Exception {
        JsonNode page = ApiClient.json(mvc.perform(get("/api/v1/leads?waiting=true")
                .header("Authorization", "Bearer " + api.tokenFor(username))).andReturn().getResponse().getContentAsString());
        return page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }

    @Test
    void anAssignedPlatformLeadShowsItsCountdownToTheConsultantOnly() throws Exception {
        Long lead = managerAssignsPlatformLead(customerOfConsultant1("首响客户"));
        assertThat(jdbc.queryForObject("select owner_employee_id from sales_lead where id = ?", Long.class, lead))
                .isEqualTo(employeeOf("consultant1"));
        assertThat(column("first_contact_due_at", lead)).isAfter(Instant.now());
        assertThat(column("first_contact_at", lead)).isNull();
        assertThat(notices("consultant1", "lead-first-contact", lead)).isEqualTo(1);

        mvc.perform(get("/follow-ups").with(logins.as("consultant1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("first-contact-" + lead)))
                .andExpect(content().string(containsString("data-deadline")));
        mvc.perform(get("/leads/" + lead).with(logins.as("consultant1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("lead-first-contact")));
        JsonNode mine = ApiClient.json(mvc.perform(get("/api/v1/leads/first-contacts")
                .header("Authorization", "Bearer " + api.tokenFor("consultant1"))).andReturn().getResponse().getContentAsString());
        assertThat(mine.findValues("id").stream().map(JsonNode::asLong)).contains(lead);
        assertThat(mine.findValues("responseState").stream().map(JsonNode::asText)).contains("WAITING");
        JsonNode theirs = ApiClient.json(mvc.perform(get("/api/v1/leads/first-contacts")
                .header("Authorization", "Bearer " + api.tokenFor("consultant2"))).andReturn().getResponse().getContentAsString());
        assertThat(theirs.findValues("id").stream().map(JsonNode::asLong)).doesNotContain(lead);
        mvc.perform(get("/follow-ups").with(logins.as("consultant2")))
                .andExpect(content().string(not(containsString("first-contact-" + lead))));
        mvc.perform(get("/").with(logins.as("consultant1"))).andExpect(content().string(containsString("待首次联系")));
        assertThat(waitingIdsOf("consultant1")).contains(lead);
        assertThat(waitingIdsOf("consultant2")).doesNotContain(lead);
    }

    @Test
    void aMissedDeadlineIsEscalatedOnceAndLaterOfferedForReassignment() throws Exception {
        Long lead = managerAssignsPlatformLead(customerOfConsultant1("超时客户"));
        Instant due = column("first_contact_due_at", lead);
        Instant reassignAt = column("reassign_offer_at", lead);
        assertThat(reassignAt).isAfter(due);

        watch.check(due.minusSeconds(60));
        assertThat(column("response_escalated_at", lead)).isNull();

        watch.check(due.plusSeconds(60));
        watch.check(due.plusSeconds(120)); // a second tick (or node) changes nothing
        assertThat(column("response_escalated_at", lead)).isNotNull();
        assertThat(notices("salesmanager", "lead-first-contact-overdue", lead)).isEqualTo(1);
        assertThat(notices("consultant1", "lead-first-contact-overdue", lead)).isEqualTo(1);
        assertThat(notices("salesmanager", "lead-reassign-offer", lead)).isZero();

        watch.check(reassignAt.plusSeconds(60));
        watch.check(reassignAt.plusSeconds(90));
        assertThat(notices("salesmanager", "lead-reassign-offer", lead)).isEqualTo(1);
        mvc.perform(get("/leads/manager").with(logins.as("salesmanager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("waiting-" + lead)))
                .andExpect(content().string(containsString("/leads/" + lead + "/reassign")));
    }

    @Test
    void theFirstFollowUpEndsTheWaitAndCountsInTheManagersResponseFigures() throws Exception {
        Long lead = managerAssignsPlatformLead(customerOfConsultant1("响应客户"));
        Long task = jdbc.queryForObject("select id from lead_follow_up where lead_id = ? and state = 'OPEN'", Long.class, lead);
        mvc.perform(post("/follow-ups/" + task).with(csrf()).with(logins.as("consultant1"))
                        .param("channel", "PHONE").param("summary", "已电话联系，约周六到店").param("level", "H"))
                .andExpect(status().is3xxRedirection());
        assertThat(column("first_contact_at", lead)).isNotNull();
        assertThat(jdbc.queryForObject("select first_response_minutes from sales_lead where id = ?", Integer.class, lead))
                .isNotNull().isLessThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sales_lead where id = ? and first_contact_at is null", Long.class,
                lead)).isZero();

        watch.check(column("reassign_offer_at", lead).plusSeconds(60)); // contacted: nothing to escalate any more
        assertThat(notices("salesmanager", "lead-first-contact-overdue", lead)).isZero();

        JsonNode figures = ApiClient.json(mvc.perform(get("/api/v1/leads/response-times?days=7")
                .header("Authorization", "Bearer " + api.tokenFor("salesmanager"))).andReturn().getResponse().getContentAsString());
        JsonNode zhang = null;
        for (JsonNode row : figures.get("byConsultant")) {
            if (row.get("ownerEmployeeId").asLong() == employeeOf("consultant1")) {
                zhang = row;
            }
        }
        assertThat(zhang).isNotNull();
        assertThat(zhang.get("contacted").asLong()).isPositive();
        assertThat(zhang.get("onTime").asLong()).isPositive();
        assertThat(figures.get("bySource").findValues("source").stream().map(JsonNode::asText)).contains("ONLINE");
        mvc.perform(get("/api/v1/leads/response-times").header("Authorization", "Bearer " + api.tokenFor("consultant1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/leads/manager").with(logins.as("salesmanager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("response-by-consultant")))
                .andExpect(content().string(containsString("response-by-source")));
    }

    @Test
    void aConsultantsOwnWalkInLeadHasNoDeadline() throws Exception {
        Long customer = customerOfConsultant1("到店客户");
        String location = mvc.perform(post("/leads").with(csrf()).with(logins.as("consultant1"))
                        .param("customerId", String.valueOf(customer)).param("models", "途观L")
                        .param("paymentIntent", "CASH").param("source", "WALK_IN").param("level", "H"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long lead = Long.valueOf(location.substring("/leads/".length()));
        assertThat(column("first_contact_due_at", lead)).isNull();
        assertThat(column("first_contact_at", lead)).isNotNull();
        mvc.perform(get("/leads/" + lead).with(logins.as("consultant1")))
                .andExpect(content().string(not(containsString("lead-first-contact"))));
        assertThat(waitingIdsOf("consultant1")).doesNotContain(lead);
    }

    @Test
    void reassigningAWaitingLeadRestartsTheClockForTheNewConsultant() throws Exception {
        Long lead = managerAssignsPlatformLead(customerOfConsultant1("改派客户"));
        Instant due = column("first_contact_due_at", lead);
        watch.check(column("reassign_offer_at", lead).plusSeconds(60));
        assertThat(column("response_escalated_at", lead)).isNotNull();

        mvc.perform(post("/leads/" + lead + "/reassign").with(csrf()).with(logins.as("salesmanager"))
                        .param("ownerEmployeeId", String.valueOf(employeeOf("consultant2"))).param("reason", "超时未联系，改派"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select owner_employee_id from sales_lead where id = ?", Long.class, lead))
                .isEqualTo(employeeOf("consultant2"));
        assertThat(column("response_escalated_at", lead)).isNull();
        assertThat(column("first_contact_due_at", lead)).isAfterOrEqualTo(due);
        assertThat(notices("consultant2", "lead-first-contact", lead)).isEqualTo(1);
    }

    @Test
    void aManagerAssigningToSomeoneOutsideTheStoreIsRefusedAndNothingIsSaved() throws Exception {
        Long customer = customerOfConsultant1("越店客户");
        Long director = employeeOf("director");
        mvc.perform(post("/leads").with(csrf()).with(logins.as("salesmanager"))
                        .param("customerId", String.valueOf(customer)).param("models", "朗逸").param("paymentIntent", "CASH")
                        .param("source", "ONLINE").param("sourceDetail", "易车").param("level", "B")
                        .param("ownerEmployeeId", String.valueOf(director)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("只能转交给本店的其他员工")));
        assertThat(jdbc.queryForObject("select count(*) from sales_lead where customer_id = ?", Long.class, customer)).isZero();
    }

    @Test
    void theStoreRuleIsValidatedAndUsedForNewLeads() throws Exception {
        mvc.perform(post("/leads/settings/response").with(csrf()).with(logins.as("salesmanager"))
                        .param("firstContactMinutes", "45").param("reassignAfterMinutes", "30")
                        .param("opensAt", "09:00").param("closesAt", "18:00"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("改派时限须大于首次联系时限")));
        mvc.perform(post("/leads/settings/response").with(csrf()).with(logins.as("salesmanager"))
                        .param("firstContactMinutes", "abc").param("reassignAfterMinutes", "60")
                        .param("opensAt", "9点").param("closesAt", "18:00"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("response-error")));
        Long store = jdbc.queryForObject("select store_id from customer where name = '王芳'", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from lead_response_setting where store_id = ?", Long.class, store)).isZero();
        try {
            mvc.perform(post("/leads/settings/response").with(csrf()).with(logins.as("salesmanager"))
                            .param("firstContactMinutes", "1439").param("reassignAfterMinutes", "2880")
                            .param("opensAt", "00:00").param("closesAt", "23:59"))
                    .andExpect(status().is3xxRedirection());
            Long lead = managerAssignsPlatformLead(customerOfConsultant1("规则客户"));
            Instant start = column("response_started_at", lead);
            assertThat(column("first_contact_due_at", lead)).isAfter(start.plusSeconds(1000 * 60));
        } finally {
            jdbc.update("delete from lead_response_setting where store_id = ?", store);
        }
    }
}
