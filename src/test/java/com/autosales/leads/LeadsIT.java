package com.autosales.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.Grade;
import com.autosales.customers.Lifecycle;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class LeadsIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;
    @Autowired Clock clock;

    private String customerLike(String like, String name) {
        Map<String, Object> demo = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = ?", like);
        String unique = name + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        customers.registerFor((Long) demo.get("store_id"), (Long) demo.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.INDIVIDUAL, unique,
                        "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), Lifecycle.NEW, Grade.B));
        return unique;
    }

    private Long customerId(String name) {
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    private Long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    /** consultant1 creates a lead on the page for a new customer of theirs; returns the lead id. */
    private Long createLead(String customerName, String level) throws Exception {
        String location = mvc.perform(post("/leads").with(csrf()).with(logins.as("consultant1"))
                        .param("customerId", String.valueOf(customerId(customerName))).param("models", "途观L 四驱")
                        .param("budget", "250000").param("paymentIntent", "LOAN").param("source", "ONLINE")
                        .param("sourceDetail", "懂车帝").param("level", level).param("competitorModels", "本田 CR-V"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/leads/");
        return Long.valueOf(location.substring("/leads/".length()));
    }

    private Long openTask(Long leadId) {
        return jdbc.queryForObject("select id from lead_follow_up where lead_id = ? and state = 'OPEN'", Long.class, leadId);
    }

    private String statusOf(Long leadId) {
        return jdbc.queryForObject("select status from sales_lead where id = ?", String.class, leadId);
    }

    @Test
    void aNewLeadIsDueTodayAndRecordingAFollowUpPlansTheNextOneByTheNewLevelsCadence() throws Exception {
        String name = customerLike("王芳", "回访客户");
        Long lead = createLead(name, "H");
        Long task = openTask(lead);
        assertThat(jdbc.queryForObject("select due_date from lead_follow_up where id = ?", LocalDate.class, task))
                .isEqualTo(LocalDate.now(clock));
        mvc.perform(get("/follow-ups").with(logins.as("consultant1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));

        mvc.perform(post("/follow-ups/" + task).with(csrf()).with(logins.as("consultant1")).header("HX-Request", "true")
                        .param("channel", "PHONE").param("summary", "客户周末到店试驾").param("level", "A"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Retarget", "#tasks"))
                .andExpect(content().string(containsString("follow-up-saved")))
                .andExpect(content().string(containsString(LocalDate.now(clock).plusDays(3).toString())));

        Long next = openTask(lead);
        assertThat(next).isNotEqualTo(task);
        assertThat(jdbc.queryForObject("select due_date from lead_follow_up where id = ?", LocalDate.class, next))
                .isEqualTo(LocalDate.now(clock).plusDays(3));
        assertThat(jdbc.queryForObject("select level from sales_lead where id = ?", String.class, lead)).isEqualTo("A");
        assertThat(jdbc.queryForObject("select last_contact_at is not null from customer where name = ?", Boolean.class, name)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'lead' and entity_id = ? and action = 'FOLLOW_UP'",
                Long.class, String.valueOf(lead))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from lead_level_change where lead_id = ?", Long.class, lead)).isEqualTo(1);

        // a chosen date wins over the cadence; a past one is refused with a field error and nothing changes
        mvc.perform(post("/follow-ups/" + next).with(csrf()).with(logins.as("consultant1")).header("HX-Request", "true")
                        .param("channel", "WECHAT").param("summary", "发了报价").param("level", "A")
                        .param("nextDate", LocalDate.now(clock).minusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("下次回访日期不能早于今天")));
        assertThat(openTask(lead)).isEqualTo(next);
        mvc.perform(post("/follow-ups/" + next).with(csrf()).with(logins.as("consultant1")).header("HX-Request", "true")
                        .param("channel", "WECHAT").param("summary", "发了报价").param("level", "A")
                        .param("nextDate", LocalDate.now(clock).plusDays(10).toString()))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select due_date from lead_follow_up where id = ?", LocalDate.class, openTask(lead)))
                .isEqualTo(LocalDate.now(clock).plusDays(10));
    }

    @Test
    void badInputShowsFieldErrorsAndSavesNothing() throws Exception {
        String name = customerLike("王芳", "错误输入客户");
        long before = jdbc.queryForObject("select count(*) from sales_lead", Long.class);
        mvc.perform(post("/leads").with(csrf()).with(logins.as("consultant1"))
                        .param("customerId", String.valueOf(customerId(name))).param("models", "")
                        .param("paymentIntent", "CASH").param("source", "REFERRAL").param("level", "B"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/leads").with(csrf()).with(logins.as("consultant1"))
                        .param("customerId", String.valueOf(customerId(name))).param("models", "朗逸")
                        .param("paymentIntent", "CASH").param("source", "REFERRAL").param("level", "B"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("转介绍请填写介绍人")));
        assertThat(jdbc.queryForObject("select count(*) from sales_lead", Long.class)).isEqualTo(before);
    }

    @Test
    void aLostLeadStaysWithTheConsultantUntilTheManagerConfirmsIt() throws Exception {
        String name = customerLike("王芳", "战败客户");
        Long lead = createLead(name, "B");
        Long price = jdbc.queryForObject("select id from lead_lost_reason where code = 'PRICE'", Long.class);
        mvc.perform(post("/leads/" + lead + "/lost").with(csrf()).with(logins.as("consultant1")))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(lead)).isEqualTo("OPEN");
        mvc.perform(post("/leads/" + lead + "/lost").with(csrf()).with(logins.as("consultant1"))
                        .param("reasonId", String.valueOf(price)).param("note", "比竞品贵两万"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(lead)).isEqualTo("LOST_PENDING");
        mvc.perform(get("/follow-ups").with(logins.as("consultant1"))).andExpect(content().string(containsString(name)));
        mvc.perform(post("/leads/" + lead + "/confirm-lost").with(csrf()).with(logins.as("consultant1")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/leads/manager").with(logins.as("salesmanager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        mvc.perform(post("/leads/" + lead + "/confirm-lost").with(csrf()).with(logins.as("salesmanager")).param("back", "manager"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(lead)).isEqualTo("LOST");
        assertThat(jdbc.queryForObject("select count(*) from lead_follow_up where lead_id = ? and state = 'OPEN'", Long.class, lead)).isZero();
        mvc.perform(get("/follow-ups").with(logins.as("consultant1"))).andExpect(content().string(not(containsString(name))));
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'consultant1' and message_code = 'leads.notice.lost-confirmed' and message_args like ?",
                Long.class, "%" + name + "%")).isEqualTo(1);
    }

    @Test
    void aRejectedLostRequestReopensTheLeadWithANewTask() throws Exception {
        Long lead = createLead(customerLike("王芳", "驳回战败客户"), "C");
        Long first = openTask(lead);
        Long other = jdbc.queryForObject("select id from lead_lost_reason where code = 'OTHER'", Long.class);
        mvc.perform(post("/leads/" + lead + "/lost").with(csrf()).with(logins.as("consultant1")).param("reasonId", String.valueOf(other)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/leads/" + lead + "/reject-lost").with(csrf()).with(logins.as("salesmanager")))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(lead)).isEqualTo("OPEN");
        Long fresh = openTask(lead);
        assertThat(fresh).isNotEqualTo(first);
        assertThat(jdbc.queryForObject("select due_date from lead_follow_up where id = ?", LocalDate.class, fresh))
                .isEqualTo(LocalDate.now(clock).plusDays(15));
    }

    @Test
    void anotherConsultantCannotReachTheLeadOrItsTasks() throws Exception {
        String name = customerLike("王芳", "范围客户");
        Long lead = createLead(name, "A");
        Long task = openTask(lead);
        mvc.perform(get("/leads/" + lead).with(logins.as("consultant2"))).andExpect(status().isNotFound());
        mvc.perform(get("/leads").with(logins.as("consultant2"))).andExpect(content().string(not(containsString(name))));
        mvc.perform(post("/follow-ups/" + task).with(csrf()).with(logins.as("consultant2"))
                        .param("channel", "PHONE").param("summary", "x").param("level", "A"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/leads/" + lead).header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andExpect(status().isNotFound());
        // nor create a lead for a customer they cannot see
        mvc.perform(post("/leads").with(csrf()).with(logins.as("consultant2"))
                        .param("customerId", String.valueOf(customerId(name))).param("models", "朗逸")
                        .param("paymentIntent", "CASH").param("source", "WALK_IN").param("level", "B"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/leads/" + lead).with(logins.as("salesmanager"))).andExpect(status().isOk());
    }

    @Test
    void aManagerReassignsALeadWithAReasonAndTheNewOwnerIsTold() throws Exception {
        String name = customerLike("王芳", "转交客户");
        Long lead = createLead(name, "A");
        Long consultant2 = employeeOf("consultant2");
        mvc.perform(post("/leads/" + lead + "/reassign").with(csrf()).with(logins.as("salesmanager"))
                        .param("ownerEmployeeId", String.valueOf(consultant2)).param("reason", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写转交原因")));
        mvc.perform(post("/leads/" + lead + "/reassign").with(csrf()).with(logins.as("salesmanager"))
                        .param("ownerEmployeeId", String.valueOf(consultant2)).param("reason", "张伟休假"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/leads/" + lead).with(logins.as("consultant2"))).andExpect(status().isOk());
        mvc.perform(get("/leads/" + lead).with(logins.as("consultant1"))).andExpect(status().isNotFound());
        mvc.perform(get("/follow-ups").with(logins.as("consultant2"))).andExpect(content().string(containsString(name)));
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = 'consultant2' and message_code = 'leads.notice.assigned' and message_args like ?",
                Long.class, "%" + name + "%")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'lead' and entity_id = ? and action = 'REASSIGN'",
                Long.class, String.valueOf(lead))).isEqualTo(1);
    }

    @Test
    void theApiCreatesListsFollowsUpAndClosesLeadsWithTheSameRules() throws Exception {
        String name = customerLike("王芳", "接口客户");
        String c1 = "Bearer " + api.tokenFor("consultant1");
        String body = "{\"customerId\":" + customerId(name) + ",\"models\":\"ID.4\",\"budget\":180000.5,"
                + "\"paymentIntent\":\"CASH\",\"source\":\"ONLINE\",\"level\":\"H\"}";
        mvc.perform(post("/api/v1/leads").header("Authorization", c1).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("leads.source-detail-required")));
        String created = mvc.perform(post("/api/v1/leads").header("Authorization", c1).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"level\"", "\"sourceDetail\":\"易车\",\"level\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode lead = ApiClient.json(created);
        long id = lead.get("id").asLong();
        assertThat(created).contains("\"budget\":180000.50");
        assertThat(lead.get("nextFollowUp").asString()).isEqualTo(LocalDate.now(clock).toString());

        JsonNode list = ApiClient.json(mvc.perform(get("/api/v1/leads?level=H&status=OPEN").header("Authorization", c1))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.toString()).contains(name);

        JsonNode tasks = ApiClient.json(mvc.perform(get("/api/v1/follow-ups").header("Authorization", c1))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        long task = 0;
        for (JsonNode t : tasks.get("dueToday")) {
            if (t.get("leadId").asLong() == id) {
                task = t.get("id").asLong();
            }
        }
        assertThat(task).isPositive();
        JsonNode next = ApiClient.json(mvc.perform(post("/api/v1/follow-ups/" + task).header("Authorization", c1)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"PHONE\",\"summary\":\"约了试驾\",\"level\":\"H\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(next.get("dueDate").asString()).isEqualTo(LocalDate.now(clock).plusDays(1).toString());

        Long competitor = jdbc.queryForObject("select id from lead_lost_reason where code = 'COMPETITOR'", Long.class);
        mvc.perform(post("/api/v1/leads/" + id + "/lost").header("Authorization", c1).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reasonId\":" + competitor + "}"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("LOST_PENDING")));
        mvc.perform(post("/api/v1/leads/" + id + "/confirm-lost").header("Authorization", c1))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/leads/" + id + "/confirm-lost").header("Authorization", "Bearer " + api.tokenFor("salesmanager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"status\":\"LOST\"")));
    }

    @Test
    void overdueTasksCountPerConsultantOnTheManagersViewAndShowRedInTheList() throws Exception {
        String name = customerLike("王芳", "逾期客户");
        Long lead = createLead(name, "B");
        jdbc.update("update lead_follow_up set due_date = ? where id = ?", Date.valueOf(LocalDate.now(clock).minusDays(3)), openTask(lead));
        mvc.perform(get("/follow-ups").with(logins.as("consultant1")))
                .andExpect(content().string(containsString("id=\"tasks-overdue\"")));
        mvc.perform(get("/leads?overdue=true").with(logins.as("consultant1"))).andExpect(content().string(containsString(name)));
        mvc.perform(get("/leads/manager").with(logins.as("salesmanager")))
                .andExpect(content().string(containsString("/follow-ups?consultant=" + employeeOf("consultant1"))));
        mvc.perform(get("/follow-ups?consultant=" + employeeOf("consultant1")).with(logins.as("salesmanager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        mvc.perform(get("/").with(logins.as("consultant1"))).andExpect(content().string(containsString("今日待回访")));
    }
}
