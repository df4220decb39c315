package com.autosales.org;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Position templates (岗位) with their duties: shipped with the product, editable row by row. */
@IntegrationTest
class PositionsIT {

    private static final List<String> SPEC_POSITIONS = List.of("gm", "sales-manager", "sales-consultant", "sales-clerk",
            "finance-specialist", "parts-planner", "service-receptionist", "cs-specialist", "sales-director",
            "regional-manager", "product-rep", "support-specialist", "aftersales-coordinator", "area-manager",
            "district-manager", "territory-rep", "delivery-staff");

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgDirectory directory;

    private List<Map<String, Object>> duties(String code) {
        return jdbc.queryForList("select d.seq, d.text_zh, d.text_en from org_position_duty d join org_position p "
                + "on p.id = d.position_id where p.code = ? order by d.seq", code);
    }

    @Test
    void everyPositionOfTheSpecShipsWithFourToSevenDutiesInChineseAndEnglishAndADefaultRole() {
        for (String code : SPEC_POSITIONS) {
            List<Map<String, Object>> duties = duties(code);
            assertThat(duties).as(code).hasSizeBetween(4, 7);
            assertThat(duties).as(code).allSatisfy(d -> {
                assertThat((String) d.get("text_zh")).isNotBlank();
                assertThat((String) d.get("text_en")).isNotBlank();
            });
            String role = jdbc.queryForObject("select default_role_code from org_position where code = ?", String.class, code);
            assertThat(PositionForm.ROLE_CODES).as(code).contains(role);
        }
        assertThat(jdbc.queryForObject("select p.code from org_position p join org_position r on r.id = p.reports_to_id "
                + "where r.code = 'district-manager' and p.code = 'territory-rep'", String.class)).isEqualTo("territory-rep");
    }

    @Test
    void aLoginForAnEmployeeDefaultsToTheRoleOfTheirPosition() {
        Long zhangWei = jdbc.queryForObject("select id from org_employee where employee_no = 'E1003'", Long.class);
        Long zhengHai = jdbc.queryForObject("select id from org_employee where employee_no = 'E2001'", Long.class);
        assertThat(directory.defaultRoleCode(zhangWei)).contains("consultant");
        assertThat(directory.defaultRoleCode(zhengHai)).contains("director");
    }

    @Test
    void addingMovingAndRemovingDutyRowsRedrawsTheFormWithoutSaving() throws Exception {
        int before = jdbc.queryForObject("select count(*) from org_position", Integer.class);
        String html = mvc.perform(post("/org/positions/new").with(csrf()).with(logins.as("admin"))
                        .param("code", "").param("nameZh", "").param("storeType", "DEALERSHIP").param("level", "4")
                        .param("duties[0].zh", "第一条").param("duties[1].zh", "第二条").param("op", "up:1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("is-invalid"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf("第二条")).isLessThan(html.indexOf("第一条"));
        String added = mvc.perform(post("/org/positions/new").with(csrf()).with(logins.as("admin"))
                        .param("nameZh", "").param("storeType", "DEALERSHIP").param("level", "4")
                        .param("duties[0].zh", "第一条").param("op", "add"))
                .andReturn().getResponse().getContentAsString();
        assertThat(added.split("class=\"border rounded p-2 mb-2 duty-row\"").length - 1).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from org_position", Integer.class)).isEqualTo(before);
    }

    @Test
    void aNewPositionIsSavedWithItsDutiesInOrderSkippingBlankRows() throws Exception {
        String code = "showroom-host-" + OrgFixtures.unique().toLowerCase();
        mvc.perform(post("/org/positions/new").with(csrf()).with(logins.as("admin"))
                        .param("code", code).param("nameZh", "展厅接待").param("nameEn", "Showroom host")
                        .param("storeType", "DEALERSHIP").param("level", "5")
                        .param("reportsToId", jdbc.queryForObject("select id from org_position where code = 'sales-manager'", Long.class).toString())
                        .param("defaultRoleCode", "consultant")
                        .param("duties[0].zh", "迎接来店客户并登记").param("duties[0].en", "Greets visitors and logs them")
                        .param("duties[1].zh", "").param("duties[1].en", "")
                        .param("duties[2].zh", "引导客户到销售顾问"))
                .andExpect(redirectedUrlPattern("/org/positions/*"));
        assertThat(duties(code)).extracting(d -> d.get("text_zh")).containsExactly("迎接来店客户并登记", "引导客户到销售顾问");
        Long id = jdbc.queryForObject("select id from org_position where code = ?", Long.class, code);
        mvc.perform(get("/org/positions/" + id).with(logins.as("clerk")))
                .andExpect(content().string(containsString("引导客户到销售顾问")))
                .andExpect(content().string(containsString("销售经理")));
    }

    @Test
    void aDutyWrittenOnlyInEnglishIsRefusedNamingItsRow() throws Exception {
        String code = "x-" + OrgFixtures.unique().toLowerCase();
        mvc.perform(post("/org/positions/new").with(csrf()).with(logins.as("admin"))
                        .param("code", code).param("nameZh", "试用岗").param("storeType", "DEALERSHIP").param("level", "4")
                        .param("duties[0].zh", "中文职责").param("duties[1].en", "English only"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 2 条职责缺少中文内容。")));
        assertThat(jdbc.queryForObject("select count(*) from org_position where code = ?", Integer.class, code)).isZero();
    }

    @Test
    void theApiReplacesDutiesAndRefusesAStaleVersion() throws Exception {
        String token = api.tokenFor("admin");
        String code = "api-pos-" + OrgFixtures.unique().toLowerCase();
        String body = """
                {"code": "%s", "nameZh": "网销专员", "nameEn": "Online sales specialist", "storeType": "DEALERSHIP",
                 "level": 4, "defaultRoleCode": "consultant",
                 "duties": [{"zh": "回复线上咨询", "en": "Answers online enquiries"}, {"zh": "邀约客户到店"}]}""".formatted(code);
        mvc.perform(post("/api/v1/org/positions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duties[1].zh").value("邀约客户到店"));
        Long id = jdbc.queryForObject("select id from org_position where code = ?", Long.class, code);
        long version = jdbc.queryForObject("select version from org_position where id = ?", Long.class, id);
        String edited = body.replace("{\"zh\": \"邀约客户到店\"}", "{\"zh\": \"邀约客户到店试驾\"}, {\"zh\": \"维护线上平台线索\"}");
        mvc.perform(put("/api/v1/org/positions/" + id).header("Authorization", "Bearer " + token).header("If-Match", version)
                        .contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duties.length()").value(3));
        mvc.perform(put("/api/v1/org/positions/" + id).header("Authorization", "Bearer " + token).header("If-Match", version)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        assertThat(duties(code)).extracting(d -> d.get("text_zh")).containsExactly("回复线上咨询", "邀约客户到店试驾", "维护线上平台线索");
    }
}
