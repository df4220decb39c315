package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CustomerEditIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;

    private int customerCount() {
        return jdbc.queryForObject("select count(*) from customer", Integer.class);
    }

    @Test
    void aConsultantRegistersACustomerAndTheAuditTrailRecordsIt() throws Exception {
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("consultant2"))
                        .param("kind", "INDIVIDUAL").param("name", "测试客户甲").param("phone", "13600000001")
                        .param("lifecycle", "POTENTIAL").param("grade", ""))
                .andExpect(redirectedUrlPattern("/customers/*"));
        Long id = jdbc.queryForObject("select id from customer where name = '测试客户甲'", Long.class);
        String owner = jdbc.queryForObject("select e.name from customer c join org_employee e on e.id = c.owner_employee_id where c.id = ?",
                String.class, id);
        assertThat(owner).isEqualTo("刘洋");
        Integer audited = jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'customer' and entity_id = ? and actor = 'consultant2' and action = 'CREATE'",
                Integer.class, String.valueOf(id));
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void invalidInputIsExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
        int before = customerCount();
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "INDIVIDUAL").param("name", " ").param("phone", "12345")
                        .param("lifecycle", "POTENTIAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("不能为空")))
                .andExpect(content().string(containsString("请输入有效的手机号")))
                .andExpect(content().string(containsString("提交的信息有误，请按提示修改")));
        assertThat(customerCount()).isEqualTo(before);
    }

    @Test
    void validationMessagesFollowTheUsersLanguage() throws Exception {
        mvc.perform(post("/customers/new").with(csrf()).with(logins.as("consultant1")).cookie(new Cookie("AUTOSALES_LANG", "en"))
                        .param("kind", "INDIVIDUAL").param("name", "").param("lifecycle", "POTENTIAL"))
                .andExpect(content().string(containsString("must not be empty")));
    }

    @Test
    void anEditRecordsEachChangedFieldBeforeAndAfter() throws Exception {
        Long id = jdbc.queryForObject("select id from customer where name = '张磊'", Long.class);
        long version = jdbc.queryForObject("select version from customer where id = ?", Long.class, id);
        mvc.perform(post("/customers/" + id + "/edit").with(csrf()).with(logins.as("consultant1"))
                        .param("version", String.valueOf(version)).param("kind", "INDIVIDUAL").param("name", "张磊")
                        .param("phone", "13912340003").param("lifecycle", "NEW").param("grade", "B"))
                .andExpect(redirectedUrlPattern("/customers/*"));
        var change = jdbc.queryForMap("select c.before_value, c.after_value from audit_change c join audit_entry e on e.id = c.entry_id "
                + "where e.entity_type = 'customer' and e.entity_id = ? and c.field = 'lifecycle'", String.valueOf(id));
        assertThat(change).containsEntry("before_value", "POTENTIAL").containsEntry("after_value", "NEW");
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherPersonsChangeIsKept() throws Exception {
        Long id = jdbc.queryForObject("select id from customer where name = '陈晓东'", Long.class);
        long version = jdbc.queryForObject("select version from customer where id = ?", Long.class, id);
        mvc.perform(post("/customers/" + id + "/edit").with(csrf()).with(logins.as("consultant1"))
                .param("version", String.valueOf(version)).param("kind", "INDIVIDUAL").param("name", "陈晓东")
                .param("phone", "13912340005").param("lifecycle", "NEW"));
        mvc.perform(post("/customers/" + id + "/edit").with(csrf()).with(logins.as("consultant1"))
                        .param("version", String.valueOf(version)).param("kind", "INDIVIDUAL").param("name", "陈晓东（改）")
                        .param("phone", "13912340005").param("lifecycle", "OLD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录刚被其他人修改过")));
        assertThat(jdbc.queryForObject("select lifecycle from customer where id = ?", String.class, id)).isEqualTo("NEW");
    }

    @Test
    void theApiRefusesAStaleVersionWith409() throws Exception {
        String token = api.tokenFor("consultant1");
        Long id = jdbc.queryForObject("select id from customer where name = '杨丽'", Long.class);
        mvc.perform(put("/api/v1/customers/" + id).header("Authorization", "Bearer " + token).header("If-Match", "999")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INDIVIDUAL\",\"name\":\"杨丽\",\"lifecycle\":\"OLD\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent-change"));
    }

    @Test
    void theApiReportsInvalidFieldsAndSavesNothing() throws Exception {
        String token = api.tokenFor("consultant1");
        int before = customerCount();
        mvc.perform(post("/api/v1/customers").header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INDIVIDUAL\",\"name\":\"\",\"phone\":\"abc\",\"lifecycle\":\"NEW\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')].message").value(org.hamcrest.Matchers.hasItem(containsString("valid mobile"))));
        assertThat(customerCount()).isEqualTo(before);
    }

    @Test
    void theEditFormShowsTheCurrentValues() throws Exception {
        Long id = jdbc.queryForObject("select id from customer where name = '李娜'", Long.class);
        mvc.perform(get("/customers/" + id + "/edit").with(logins.as("consultant1")))
                .andExpect(content().string(containsString("value=\"李娜\"")));
    }
}
