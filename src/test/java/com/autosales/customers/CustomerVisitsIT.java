package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CustomerVisitsIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;
    @Autowired CustomerProfiles profiles;

    /** A fresh customer owned by whoever owns the demo customer {@code like}, with a unique name and phone. */
    private Long customerLike(String like, String name) {
        Map<String, Object> demo = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = ?", like);
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return customers.registerFor((Long) demo.get("store_id"), (Long) demo.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.INDIVIDUAL, name + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000,
                        phone, Lifecycle.NEW, Grade.B));
    }

    private Long consultant1Customer(String name) {
        return customerLike("王芳", name);
    }

    private Long consultant2Customer(String name) {
        return customerLike("黄志强", name);
    }

    private String name(Long id) {
        return jdbc.queryForObject("select name from customer where id = ?", String.class, id);
    }

    private String phone(Long id) {
        return jdbc.queryForObject("select phone from customer where id = ?", String.class, id);
    }

    private MockHttpServletRequestBuilder visit(Long id, String user, String kind, String at, String purpose) {
        return post("/customers/" + id + "/visits").with(csrf()).with(logins.as(user))
                .param("kind", kind).param("visitedAt", at).param("purpose", purpose);
    }

    private JsonNode apiGet(String user, String path) throws Exception {
        String body = mvc.perform(get(path).header("Authorization", "Bearer " + api.tokenFor(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ApiClient.json(body);
    }

    private long visitsOf(Long id) {
        return jdbc.queryForObject("select count(*) from customer_visit where customer_id = ?", Long.class, id);
    }

    @Test
    void aRecordedVisitMovesTheLastContactAndShowsInTheVisitsListAndOnTheTimeline() throws Exception {
        Long id = consultant1Customer("访问记录客户");
        mvc.perform(visit(id, "consultant1", "PHONE", "2026-01-10T09:30", "确认试驾时间")
                        .param("result", "客户同意周六试驾").param("nextStep", "安排试驾车").param("nextDate", "2026-01-17")
                        .param("corrections", "更正了单位地址"))
                .andExpect(redirectedUrl("/customers/" + id + "#visits"));

        assertThat(jdbc.queryForObject("select last_contact_at from customer where id = ?", Timestamp.class, id).toInstant())
                .as("09:30 Shanghai time").isEqualTo(Instant.parse("2026-01-10T01:30:00Z"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'customer' and entity_id = ? "
                + "and action = 'VISIT' and actor = 'consultant1'", Long.class, String.valueOf(id))).isEqualTo(1);
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("id=\"visit-list\"")))
                .andExpect(content().string(containsString("确认试驾时间")))
                .andExpect(content().string(containsString("客户同意周六试驾")))
                .andExpect(content().string(containsString("更正了单位地址")))
                .andExpect(content().string(containsString("2026-01-10 09:30")))
                .andExpect(content().string(containsString(">客户访问<")))
                .andExpect(content().string(containsString(">电话<")));

        JsonNode visits = apiGet("consultant1", "/api/v1/customers/" + id + "/visits");
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).get("kind").asString()).isEqualTo("PHONE");
        assertThat(visits.get(0).get("repName").asString()).isEqualTo("张伟");
    }

    @Test
    void theQuickFormAnswersHtmxWithTheSectionAndExplainsBadInputWithoutSaving() throws Exception {
        Long id = consultant1Customer("访问快捷客户");
        mvc.perform(post("/customers/" + id + "/visits").with(csrf()).with(logins.as("consultant1")).header("HX-Request", "true")
                        .param("kind", "ON_SITE").param("purpose", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写访问目的")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(visit(id, "consultant1", "ON_SITE", Instant.now().plus(2, ChronoUnit.DAYS).toString().substring(0, 16), "未来拜访")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("访问时间不能晚于现在")));
        assertThat(visitsOf(id)).isZero();

        mvc.perform(post("/customers/" + id + "/visits").with(csrf()).with(logins.as("consultant1")).header("HX-Request", "true")
                        .param("kind", "SHOWROOM").param("purpose", "展厅看车"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("访问记录已保存")))
                .andExpect(content().string(containsString("展厅看车")))
                .andExpect(content().string(containsString("id=\"purpose\" name=\"purpose\" value=\"\"")));
        assertThat(visitsOf(id)).isOne();
    }

    @Test
    void aVisitToAnotherConsultantsCustomerIsRefusedAsNotFoundOnPageAndApi() throws Exception {
        Long id = consultant1Customer("访问越权客户");
        mvc.perform(visit(id, "consultant2", "PHONE", "2026-02-01T10:00", "抢客户"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/customers/" + id + "/visits").header("Authorization", "Bearer " + api.tokenFor("consultant2"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PHONE\",\"purpose\":\"抢客户\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/" + id + "/visits").header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andExpect(status().isNotFound());
        mvc.perform(visit(id, "finance", "PHONE", "2026-02-01T10:00", "财务记录"))
                .andExpect(status().isForbidden());
        assertThat(visitsOf(id)).isZero();
        assertThat(jdbc.queryForObject("select last_contact_at from customer where id = ?", Timestamp.class, id)).isNull();

        mvc.perform(post("/api/v1/customers/" + id + "/visits").header("Authorization", "Bearer " + api.tokenFor("consultant1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ONLINE\",\"purpose\":\"微信发送报价\",\"visitedAt\":\"2026-02-01T10:00:00\"}"))
                .andExpect(status().isCreated());
        assertThat(visitsOf(id)).isOne();
    }

    @Test
    void dailyAndMonthlyReportsCountVisitsPerRepAndAManagerSeesTheTeamWhileAConsultantSeesOnlyThemselves() throws Exception {
        Long a = consultant1Customer("日报客户甲");
        Long b = consultant1Customer("日报客户乙");
        Long c = consultant2Customer("日报客户丙");
        mvc.perform(visit(a, "consultant1", "ON_SITE", "2025-03-12T09:00", "上门送资料")).andExpect(status().is3xxRedirection());
        mvc.perform(visit(a, "consultant1", "PHONE", "2025-03-12T16:00", "电话回访").param("nextStep", "周五再联系"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(visit(b, "consultant1", "SHOWROOM", "2025-03-12T11:00", "展厅接待")).andExpect(status().is3xxRedirection());
        mvc.perform(visit(c, "consultant2", "ONLINE", "2025-03-12T20:00", "线上报价")).andExpect(status().is3xxRedirection());
        mvc.perform(visit(a, "consultant1", "PHONE", "2025-03-20T10:00", "月中回访")).andExpect(status().is3xxRedirection());
        mvc.perform(visit(b, "consultant1", "PHONE", "2025-04-01T10:00", "下月回访")).andExpect(status().is3xxRedirection());

        JsonNode own = apiGet("consultant1", "/api/v1/customers/visits/report?period=DAY&day=2025-03-12");
        assertThat(own.get("reps")).hasSize(1);
        JsonNode zhangWei = own.get("reps").get(0);
        assertThat(zhangWei.get("repName").asString()).isEqualTo("张伟");
        assertThat(zhangWei.get("visits").asLong()).isEqualTo(3);
        assertThat(zhangWei.get("customers").asLong()).isEqualTo(2);
        assertThat(zhangWei.get("withNextStep").asLong()).isEqualTo(1);
        assertThat(zhangWei.get("byKind").get("ON_SITE").asLong()).isEqualTo(1);
        assertThat(zhangWei.get("byKind").get("PHONE").asLong()).isEqualTo(1);
        assertThat(zhangWei.get("byKind").get("SHOWROOM").asLong()).isEqualTo(1);
        assertThat(zhangWei.get("byKind").get("ONLINE").asLong()).isZero();

        JsonNode team = apiGet("salesmanager", "/api/v1/customers/visits/report?period=DAY&day=2025-03-12");
        assertThat(team.get("visits").asLong()).isEqualTo(4);
        assertThat(team.get("customers").asLong()).isEqualTo(3);
        List<String> reps = new ArrayList<>();
        team.get("reps").forEach(r -> reps.add(r.get("repName").asString() + "=" + r.get("visits").asLong()));
        assertThat(reps).contains("张伟=3", "刘洋=1");

        JsonNode month = apiGet("consultant1", "/api/v1/customers/visits/report?period=MONTH&month=2025-03");
        assertThat(month.get("visits").asLong()).isEqualTo(4);
        assertThat(month.get("customers").asLong()).isEqualTo(2);
        assertThat(month.get("byKind").get("PHONE").asLong()).isEqualTo(2);

        mvc.perform(get("/customers/visits").param("period", "DAY").param("day", "2025-03-12").with(logins.as("salesmanager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-rep=\"刘洋\"")))
                .andExpect(content().string(containsString("线上报价")))
                .andExpect(content().string(containsString("共 4 次访问，涉及 3 位客户")));
        mvc.perform(get("/customers/visits").param("period", "DAY").param("day", "2025-03-12").with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-rep=\"张伟\"")))
                .andExpect(content().string(not(containsString("刘洋"))))
                .andExpect(content().string(not(containsString("线上报价"))));
        mvc.perform(get("/customers/visits").param("period", "MONTH").param("month", "2025-03").with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 4 次访问，涉及 2 位客户")));

        byte[] xlsx = mvc.perform(get("/customers/visits/export.xlsx").param("period", "MONTH").param("month", "2025-03")
                        .with(logins.as("salesmanager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = workbook.getSheetAt(0);
            Map<String, Double> visitsByRep = new java.util.HashMap<>();
            for (Row row : summary) {
                if (row.getRowNum() >= 3 && row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    visitsByRep.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(visitsByRep).containsEntry("张伟", 4.0).containsEntry("刘洋", 1.0).containsEntry("合计", 5.0);
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(5);
        }
        byte[] ownVisits = mvc.perform(get("/customers/visits/export.xlsx").param("period", "MONTH").param("month", "2025-03")
                        .with(logins.as("consultant1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ownVisits))) {
            assertThat(workbook.getSheetAt(1).getLastRowNum()).as("a consultant exports only own visits").isEqualTo(4);
        }
        mvc.perform(get("/customers/visits/export.xlsx").with(logins.as("cs"))).andExpect(status().isForbidden());
    }

    @Test
    void aRoutePlanListsItsCustomersInVisitOrderWithMaskingAndTheDaysVisitsAndManagersReorderIt() throws Exception {
        String route = "T-" + System.nanoTime() % 1_000_000;
        Long first = consultant1Customer("路线客户一");
        Long second = consultant1Customer("路线客户二");
        Long third = consultant1Customer("路线客户三");
        profiles.recordFor(second, new ProfileClassification(null, null, null, null, "测试区", route, 2));
        profiles.recordFor(first, new ProfileClassification(null, null, null, null, "测试区", route, 1));
        profiles.recordFor(third, new ProfileClassification(null, null, null, null, "测试区", route, 3));
        profiles.recordFor(first, new ProfileBasic("浦东新区测试路 1 号", null, null, null, null, null, null, null, null, null));
        mvc.perform(visit(second, "consultant1", "ON_SITE", "2026-03-03T10:00", "按路线拜访")).andExpect(status().is3xxRedirection());

        JsonNode plan = apiGet("consultant1", "/api/v1/customers/routes/plan?day=2026-03-03&route=" + route);
        List<String> names = new ArrayList<>();
        plan.get("stops").forEach(s -> names.add(s.get("name").asString()));
        assertThat(names).containsExactly(name(first), name(second), name(third));
        assertThat(plan.get("stops").get(0).get("address").asString()).isEqualTo("浦东新区测试路 1 号");
        assertThat(plan.get("stops").get(0).get("phone").asString()).as("the owner reads the number").isEqualTo(phone(first));
        assertThat(plan.get("stops").get(1).get("visitedOnDay").asBoolean()).isTrue();
        assertThat(plan.get("stops").get(0).get("visitedOnDay").asBoolean()).isFalse();

        JsonNode clerkPlan = apiGet("clerk", "/api/v1/customers/routes/plan?day=2026-03-03&route=" + route);
        assertThat(clerkPlan.get("stops").get(0).get("phone").asString()).as("masked for the clerk").contains("****");
        assertThat(apiGet("consultant2", "/api/v1/customers/routes/plan?route=" + route).get("stops")).isEmpty();

        mvc.perform(get("/customers/routes").param("route", route).param("day", "2026-03-03").with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name(third))))
                .andExpect(content().string(containsString("data-print")))
                .andExpect(content().string(not(containsString("reorder-form"))));

        long version = jdbc.queryForObject("select version from customer_profile where customer_id = ?", Long.class, third);
        mvc.perform(post("/customers/routes/order").with(csrf()).with(logins.as("consultant1")).param("customerId", String.valueOf(third))
                        .param("version", String.valueOf(version)).param("visitOrder", "0").param("route", route))
                .andExpect(status().isForbidden());
        mvc.perform(post("/customers/routes/order").with(csrf()).with(logins.as("salesmanager")).param("customerId", String.valueOf(third))
                        .param("version", String.valueOf(version - 1)).param("visitOrder", "0").param("route", route))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/customers/routes/order").with(csrf()).with(logins.as("salesmanager")).param("customerId", String.valueOf(third))
                        .param("version", String.valueOf(version)).param("visitOrder", "0").param("route", route).param("day", "2026-03-03"))
                .andExpect(redirectedUrl("/customers/routes?route=" + route + "&day=2026-03-03"));
        assertThat(jdbc.queryForObject("select visit_order from customer_profile where customer_id = ?", Integer.class, third))
                .as("a stale form and an invalid order change nothing").isEqualTo(3);

        mvc.perform(get("/customers/routes").param("route", route).with(logins.as("salesmanager")))
                .andExpect(content().string(containsString("reorder-form")));
        mvc.perform(post("/customers/routes/order").with(csrf()).with(logins.as("salesmanager")).param("customerId", String.valueOf(third))
                        .param("version", String.valueOf(version)).param("visitOrder", "1").param("route", route))
                .andExpect(status().is3xxRedirection());
        names.clear();
        apiGet("salesmanager", "/api/v1/customers/routes/plan?route=" + route).get("stops").forEach(s -> names.add(s.get("name").asString()));
        assertThat(names.get(2)).isEqualTo(name(second));
        assertThat(names.subList(0, 2)).containsExactlyInAnyOrder(name(first), name(third));
    }

    @Test
    void aCardUntouchedForTheStoresDaysIsFlaggedStaleInCardAndListUntilAVisit() throws Exception {
        Long id = consultant1Customer("过期档案客户");
        Instant longAgo = Instant.now().minus(100, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS);
        jdbc.update("update customer set updated_at = ?, last_contact_at = ? where id = ?", Timestamp.from(longAgo),
                Timestamp.from(longAgo.plus(30, ChronoUnit.MINUTES)), id);
        String name = name(id);

        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("档案过期：100 天未更新或拜访")));
        mvc.perform(get("/customers").param("q", name).param("stale", "true").with(logins.as("consultant1")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("stale-badge")));
        mvc.perform(get("/customers/filters").param("stale", "true").with(logins.as("consultant1")))
                .andExpect(content().string(containsString("只看过期档案（")));
        mvc.perform(get("/customers").param("q", name).param("stale", "true").with(logins.as("consultant2")))
                .andExpect(content().string(not(containsString("/customers/" + id + "\""))));

        long version = jdbc.queryForObject("select coalesce(max(version), -1) from customer_store_setting "
                + "where store_id = (select store_id from customer where id = ?)", Long.class, id);
        mvc.perform(post("/customers/stale-settings").with(csrf()).with(logins.as("salesmanager"))
                        .param("version", String.valueOf(version)).param("staleAfterDays", "3"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("7 到 3650")));
        try {
            mvc.perform(post("/customers/stale-settings").with(csrf()).with(logins.as("salesmanager"))
                            .param("version", String.valueOf(version)).param("staleAfterDays", "120"))
                    .andExpect(redirectedUrl("/customers/stale-settings"));
            mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                    .andExpect(content().string(not(containsString("档案过期"))));
        } finally {
            jdbc.update("delete from customer_store_setting");
        }
        mvc.perform(post("/customers/stale-settings").with(csrf()).with(logins.as("consultant1"))
                        .param("version", "-1").param("staleAfterDays", "30"))
                .andExpect(status().isForbidden());

        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("档案过期：100 天")));
        mvc.perform(post("/customers/" + id + "/visits").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "PHONE").param("purpose", "回访核实资料"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(not(containsString("档案过期"))));
        mvc.perform(get("/customers").param("q", name).param("stale", "true").with(logins.as("consultant1")))
                .andExpect(content().string(not(containsString("/customers/" + id + "\""))));
    }
}
