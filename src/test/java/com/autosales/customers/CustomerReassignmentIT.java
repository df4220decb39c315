package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CustomerReassignmentIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;

    /** consultant1 (张伟) registers a customer with a unique name and phone; returns its id. */
    private Long customerOfConsultant1(String name) throws Exception {
        return customerOfConsultant1(name, uniquePhone());
    }

    private static String uniquePhone() {
        return "137" + String.format("%08d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 100_000_000L);
    }

    private Long customerOfConsultant1(String name, String phone) throws Exception {
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "INDIVIDUAL").param("name", name).param("phone", phone)
                        .param("lifecycle", "POTENTIAL").param("grade", ""))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    private static String uniqueName(String base) {
        return base + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
    }

    private long version(Long id) {
        return jdbc.queryForObject("select version from customer where id = ?", Long.class, id);
    }

    private String ownerName(Long id) {
        return jdbc.queryForObject("select e.name from customer c join org_employee e on e.id = c.owner_employee_id where c.id = ?",
                String.class, id);
    }

    private Long employee(String name) {
        return jdbc.queryForObject("select id from org_employee where name = ?", Long.class, name);
    }

    private int reassignments(Long id) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'customer' and entity_id = ? and action = 'REASSIGN'",
                Integer.class, String.valueOf(id));
    }

    private void managerHandsToConsultant2(Long id, String reason) throws Exception {
        mvc.perform(post("/customers/" + id + "/owner").with(csrf()).with(logins.as("salesmanager"))
                        .param("version", String.valueOf(version(id)))
                        .param("ownerEmployeeId", String.valueOf(employee("刘洋"))).param("reason", reason))
                .andExpect(redirectedUrl("/customers/" + id));
    }

    @Test
    void theSalesManagerHandsACustomerToAnotherConsultantWhoIsNotifiedAndThePreviousOneLosesIt() throws Exception {
        String name = uniqueName("转交客户");
        Long id = customerOfConsultant1(name);
        mvc.perform(get("/customers/" + id).with(logins.as("salesmanager")))
                .andExpect(content().string(containsString("转交给其他顾问")))
                .andExpect(content().string(containsString("刘洋")));

        managerHandsToConsultant2(id, "张伟调往大客户部");

        assertThat(ownerName(id)).isEqualTo("刘洋");
        mvc.perform(get("/customers").param("q", name).with(logins.as("consultant2")))
                .andExpect(content().string(containsString("href=\"/customers/" + id + "\">" + name + "</a>")));
        mvc.perform(get("/customers/" + id).with(logins.as("consultant2"))).andExpect(status().isOk());
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1"))).andExpect(status().isNotFound());
        mvc.perform(get("/customers").param("q", name).with(logins.as("consultant1")))
                .andExpect(content().string(not(containsString("href=\"/customers/" + id + "\""))));
        Integer notices = jdbc.queryForObject("select count(*) from notification where recipient = 'consultant2' "
                + "and message_code = 'customer.notice.assigned' and link = ?", Integer.class, "/customers/" + id);
        assertThat(notices).isEqualTo(1);
        var audit = jdbc.queryForMap("select e.actor, e.summary, c.field, c.before_value, c.after_value from audit_entry e "
                + "join audit_change c on c.entry_id = e.id where e.entity_type = 'customer' and e.entity_id = ? and e.action = 'REASSIGN'",
                String.valueOf(id));
        assertThat(audit).containsEntry("actor", "salesmanager").containsEntry("summary", "张伟调往大客户部")
                .containsEntry("field", "owner").containsEntry("before_value", "张伟").containsEntry("after_value", "刘洋");
    }

    @Test
    void theApiHandsACustomerOverAndRefusesAStaleVersion() throws Exception {
        Long id = customerOfConsultant1(uniqueName("接口转交"));
        String token = api.tokenFor("salesmanager");
        long stale = version(id);
        mvc.perform(post("/api/v1/customers/" + id + "/owner").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ownerEmployeeId\":" + employee("刘洋") + ",\"reason\":\"客户要求\",\"version\":" + stale + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerName").value("刘洋"));
        mvc.perform(post("/api/v1/customers/" + id + "/owner").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ownerEmployeeId\":" + employee("张伟") + ",\"reason\":\"改回\",\"version\":" + stale + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent-change"));
        assertThat(ownerName(id)).isEqualTo("刘洋");
        assertThat(reassignments(id)).isEqualTo(1);
    }

    @Test
    void anEmptyRequestIsRefusedAndChangesNothing() throws Exception {
        Long id = customerOfConsultant1(uniqueName("空请求"));
        mvc.perform(post("/api/v1/customers/" + id + "/owner").header("Authorization", "Bearer " + api.tokenFor("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"));
        mvc.perform(post("/customers/" + id + "/owner").with(csrf()).with(logins.as("admin")))
                .andExpect(status().isBadRequest());
        assertThat(ownerName(id)).isEqualTo("张伟");
        assertThat(reassignments(id)).isZero();
    }

    @Test
    void aConsultantCannotHandCustomersOver() throws Exception {
        Long id = customerOfConsultant1(uniqueName("顾问不可转交"));
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("reassign-form"))));
        mvc.perform(post("/customers/" + id + "/owner").with(csrf()).with(logins.as("consultant1"))
                        .param("version", String.valueOf(version(id)))
                        .param("ownerEmployeeId", String.valueOf(employee("刘洋"))).param("reason", "想转"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/customers/" + id + "/owner").header("Authorization", "Bearer " + api.tokenFor("consultant1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ownerEmployeeId\":" + employee("刘洋") + ",\"reason\":\"想转\",\"version\":" + version(id) + "}"))
                .andExpect(status().isForbidden());
        assertThat(ownerName(id)).isEqualTo("张伟");
        assertThat(reassignments(id)).isZero();
    }

    @Test
    void aMissingReasonIsExplainedNextToTheFieldAndNothingChanges() throws Exception {
        Long id = customerOfConsultant1(uniqueName("缺原因"));
        mvc.perform(post("/customers/" + id + "/owner").with(csrf()).with(logins.as("salesmanager"))
                        .param("version", String.valueOf(version(id)))
                        .param("ownerEmployeeId", String.valueOf(employee("刘洋"))).param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("不能为空")))
                .andExpect(content().string(containsString("提交的信息有误，请按提示修改")));
        assertThat(ownerName(id)).isEqualTo("张伟");
        assertThat(reassignments(id)).isZero();
    }

    @Test
    void aStaleVersionOnThePageIsRefusedAndTheOtherChangeIsKept() throws Exception {
        Long id = customerOfConsultant1(uniqueName("旧版本"));
        long stale = version(id);
        managerHandsToConsultant2(id, "第一次转交");
        mvc.perform(post("/customers/" + id + "/owner").with(csrf()).with(logins.as("salesmanager"))
                        .param("version", String.valueOf(stale))
                        .param("ownerEmployeeId", String.valueOf(employee("张伟"))).param("reason", "第二次转交"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录刚被其他人修改过")));
        assertThat(ownerName(id)).isEqualTo("刘洋");
        assertThat(reassignments(id)).isEqualTo(1);
    }

    @Test
    void theCardShowsItsHistoryInTheReadersLanguage() throws Exception {
        Long id = customerOfConsultant1(uniqueName("历史客户"));
        managerHandsToConsultant2(id, "客户住在二店附近");

        String zh = mvc.perform(get("/customers/" + id).with(logins.as("consultant2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("档案变更历史", "建档", "转交", "客户住在二店附近", "负责顾问", "张伟", "刘洋");
        assertThat(zh.indexOf("客户住在二店附近")).as("newest first").isLessThan(zh.indexOf(">建档<"));

        mvc.perform(get("/customers/" + id).with(logins.as("consultant2")).cookie(new Cookie("AUTOSALES_LANG", "en")))
                .andExpect(content().string(containsString("History of this card")))
                .andExpect(content().string(containsString("Registered")))
                .andExpect(content().string(containsString("Handed over")))
                .andExpect(content().string(containsString("Consultant")))
                .andExpect(content().string(containsString("客户住在二店附近")))
                .andExpect(content().string(not(containsString("档案变更历史"))));
    }

    @Test
    void theHistoryMasksThePhoneForReadersWhoMayNotSeeIt() throws Exception {
        String phone = uniquePhone();
        Long id = customerOfConsultant1(uniqueName("掩码历史"), phone);
        String masked = PhoneMask.mask(phone);
        mvc.perform(get("/customers/" + id).with(logins.as("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("档案变更历史")))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(phone))));
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString(phone)));
    }

    @Test
    void aCustomerOnlyGoesToAnEmployeeOfItsOwnStore() throws Exception {
        Long id = customerOfConsultant1(uniqueName("跨店转交"));
        mvc.perform(post("/api/v1/customers/" + id + "/owner").header("Authorization", "Bearer " + api.tokenFor("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ownerEmployeeId\":" + employee("郑海") + ",\"reason\":\"换店\",\"version\":" + version(id) + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("customer.owner-not-in-store"));
        assertThat(ownerName(id)).isEqualTo("张伟");
        assertThat(reassignments(id)).isZero();
    }
}
