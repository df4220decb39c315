package com.autosales.showroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.Grade;
import com.autosales.customers.Lifecycle;
import com.autosales.support.StoreToday;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ReceptionLogIT {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;
    @Autowired Clock clock;

    private static String uniquePhone() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String uniqueName(String base) {
        return base + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    /** Minutes before now, even across midnight (for checks of times against each other). */
    private String minutesAgo(int minutes) {
        return LocalDateTime.now(clock).minusMinutes(minutes).withSecond(0).withNano(0).format(LOCAL);
    }

    /** Minutes before now but today, for a visit that must be on today's showroom board. */
    private String todayMinutesAgo(int minutes) {
        return StoreToday.minutesAgo(clock, minutes).format(LOCAL);
    }

    private MockHttpServletRequestBuilder walkIn(String user, String name, String phone) {
        return post("/showroom/receptions").with(csrf()).with(logins.as(user))
                .param("kind", "VISIT").param("source", "WALK_IN").param("people", "2").param("firstVisit", "true")
                .param("models", "SUV").param("customerName", name).param("customerPhone", phone)
                .param("registerCustomer", "true").param("_registerCustomer", "on");
    }

    private Map<String, Object> receptionOf(String phone) {
        return jdbc.queryForMap("select * from showroom_reception where visitor_phone = ?", phone);
    }

    private Long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    @Test
    void aWalkInOfANewVisitorRegistersACustomerCardOwnedByTheConsultantAndShowsOnTheBoard() throws Exception {
        String name = uniqueName("新访客");
        String phone = uniquePhone();
        mvc.perform(get("/showroom/receptions/match").param("customerPhone", phone).with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新客户：保存时建立客户档案")));

        mvc.perform(walkIn("consultant1", name, phone)).andExpect(redirectedUrl("/showroom"));

        Map<String, Object> reception = receptionOf(phone);
        Long customerId = ((Number) reception.get("customer_id")).longValue();
        Map<String, Object> customer = jdbc.queryForMap("select name, phone, owner_employee_id, last_contact_at from customer where id = ?",
                customerId);
        assertThat(customer.get("name")).isEqualTo(name);
        assertThat(((Number) customer.get("owner_employee_id")).longValue()).isEqualTo(employeeOf("consultant1"));
        assertThat(customer.get("last_contact_at")).isNotNull();
        assertThat(reception.get("first_visit")).isEqualTo(true);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'reception' and entity_id = ? "
                + "and action = 'CREATE' and actor = 'consultant1'", Long.class, String.valueOf(reception.get("id")))).isEqualTo(1);

        mvc.perform(get("/showroom").with(logins.as("consultant1")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("张伟")));
    }

    @Test
    void aRepeatVisitorIsMatchedByPhoneWhateverTheSpacesAndPrefixAndLinkedToTheExistingCard() throws Exception {
        Map<String, Object> wangFang = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = '王芳'");
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String name = uniqueName("老客户");
        Long existing = customers.registerFor((Long) wangFang.get("store_id"), (Long) wangFang.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.INDIVIDUAL, name, phone, Lifecycle.NEW, Grade.B));
        String typed = "+86 " + phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);

        mvc.perform(get("/showroom/receptions/match").param("customerPhone", typed).with(logins.as("consultant2")))
                .andExpect(content().string(containsString("老客户：" + name + "（顾问 张伟）")));

        mvc.perform(walkIn("consultant2", "随便写的名字", typed)).andExpect(redirectedUrl("/showroom"));

        Map<String, Object> reception = receptionOf(typed);
        assertThat(((Number) reception.get("customer_id")).longValue()).isEqualTo(existing);
        assertThat(reception.get("first_visit")).isEqualTo(false);
        assertThat(((Number) reception.get("consultant_employee_id")).longValue()).isEqualTo(employeeOf("consultant2"));
        assertThat(jdbc.queryForObject("select count(*) from customer where phone like ?", Long.class, "%" + phone.substring(3)))
                .as("no second card").isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_contact_at from customer where id = ?", Object.class, existing)).isNotNull();
    }

    @Test
    void theBoardShowsWhoIsInForHowLongAndMarkingLeftTakesThemOff() throws Exception {
        String name = uniqueName("看板客户");
        String phone = uniquePhone();
        mvc.perform(walkIn("consultant1", name, phone).param("timeIn", todayMinutesAgo(15))).andExpect(redirectedUrl("/showroom"));
        Long id = ((Number) receptionOf(phone).get("id")).longValue();

        String board = mvc.perform(get("/showroom").header("HX-Request", "true").with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"board\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 30s\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andReturn().getResponse().getContentAsString();
        int at = board.indexOf(name);
        assertThat(at).isPositive();
        Matcher minutes = Pattern.compile("已 (\\d+) 分钟").matcher(board.substring(at));
        assertThat(minutes.find()).isTrue();
        assertThat(Integer.parseInt(minutes.group(1))).isBetween(15, 17);

        mvc.perform(post("/showroom/receptions/" + id + "/left").with(csrf()).with(logins.as("consultant1"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"board\"")))
                .andExpect(content().string(not(containsString(name))));
        assertThat(receptionOf(phone).get("time_out")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'reception' and entity_id = ? "
                + "and action = 'LEFT'", Long.class, String.valueOf(id))).isEqualTo(1);
        mvc.perform(get("/showroom/receptions").with(logins.as("consultant1")))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void badInputIsExplainedInChineseAndNothingIsSaved() throws Exception {
        String phone = uniquePhone();
        mvc.perform(post("/showroom/receptions").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "VISIT").param("source", "ONLINE").param("people", "1")
                        .param("customerName", "网上来的").param("customerPhone", phone))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写平台名称、介绍人或活动名称。")));
        mvc.perform(post("/showroom/receptions").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "VISIT").param("source", "WALK_IN").param("people", "1")
                        .param("timeIn", minutesAgo(30)).param("timeOut", minutesAgo(60))
                        .param("customerName", "时间错").param("customerPhone", phone))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("离店时间不能早于进店时间。")));
        mvc.perform(post("/showroom/receptions").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "VISIT").param("source", "WALK_IN").param("people", "0")
                        .param("customerPhone", phone))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("人数须在 1 到 50 之间。")));
        mvc.perform(post("/showroom/receptions").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "VISIT").param("source", "WALK_IN").param("people", "1")
                        .param("customerPhone", phone))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("建立客户档案需要填写客户姓名。")));
        assertThat(jdbc.queryForObject("select count(*) from showroom_reception where visitor_phone = ?", Long.class, phone)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from customer where phone = ?", Long.class, phone)).isZero();
    }

    @Test
    void consultant2CannotSeeOrTouchConsultant1sReceptionsButTheManagerCan() throws Exception {
        String name = uniqueName("一号的客户");
        String phone = uniquePhone();
        mvc.perform(walkIn("consultant1", name, phone)).andExpect(redirectedUrl("/showroom"));
        Long id = ((Number) receptionOf(phone).get("id")).longValue();

        mvc.perform(get("/showroom/receptions/" + id).with(logins.as("consultant2"))).andExpect(status().isNotFound());
        mvc.perform(get("/showroom/receptions").with(logins.as("consultant2")))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/showroom").with(logins.as("consultant2")))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(post("/showroom/receptions/" + id + "/left").with(csrf()).with(logins.as("consultant2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/receptions/" + id).header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andExpect(status().isNotFound());

        mvc.perform(get("/showroom/receptions/" + id).with(logins.as("salesmanager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        mvc.perform(get("/showroom").with(logins.as("salesmanager"))).andExpect(content().string(containsString(name)));

        byte[] xlsx = mvc.perform(get("/showroom/receptions/export.xlsx").with(logins.as("salesmanager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (var row : book.getSheetAt(0)) {
                found |= row.getCell(8) != null && name.equals(row.getCell(8).getStringCellValue());
            }
            assertThat(found).isTrue();
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("进店时间");
        }
        mvc.perform(get("/showroom/receptions/export.xlsx").with(logins.as("consultant1"))).andExpect(status().isForbidden());
    }

    @Test
    void whatLooksLikeAFormulaIsExportedAsPlainText() throws Exception {
        String phone = uniquePhone();
        mvc.perform(post("/showroom/receptions").with(csrf()).with(logins.as("consultant1"))
                        .param("kind", "VISIT").param("source", "WALK_IN").param("people", "1").param("firstVisit", "true")
                        .param("models", "=HYPERLINK(\"http://evil.example\",\"点我\")")
                        .param("customerName", uniqueName("公式客户")).param("customerPhone", phone)
                        .param("registerCustomer", "true").param("_registerCustomer", "on"))
                .andExpect(status().is3xxRedirection());
        byte[] xlsx = mvc.perform(get("/showroom/receptions/export.xlsx").with(logins.as("salesmanager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (var row : book.getSheetAt(0)) {
                var models = row.getCell(6);
                if (models != null && models.getStringCellValue().contains("evil.example")) {
                    found = true;
                    assertThat(models.getStringCellValue()).startsWith("'=HYPERLINK(");
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void aManagerMayLogForAConsultantOfTheStoreAConsultantMayNot() throws Exception {
        String phone = uniquePhone();
        String consultant2 = String.valueOf(employeeOf("consultant2"));
        mvc.perform(walkIn("consultant1", uniqueName("代登记"), phone).param("consultantEmployeeId", consultant2))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只能为本店的销售顾问登记")));
        mvc.perform(walkIn("salesmanager", uniqueName("经理代登记"), phone).param("consultantEmployeeId", consultant2))
                .andExpect(redirectedUrl("/showroom"));
        Map<String, Object> reception = receptionOf(phone);
        assertThat(String.valueOf(reception.get("consultant_employee_id"))).isEqualTo(consultant2);
        assertThat(jdbc.queryForObject("select owner_employee_id from customer where id = ?", Long.class,
                reception.get("customer_id"))).isEqualTo(Long.valueOf(consultant2));
    }

    @Test
    void theApiListsGetsCreatesAndMarksLeftWithTheSameRules() throws Exception {
        String token = api.tokenFor("consultant1");
        String phone = uniquePhone();
        String name = uniqueName("接口客户");
        mvc.perform(post("/api/v1/receptions").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"VISIT\",\"people\":1,\"source\":\"REFERRAL\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("showroom.source-detail-required")));

        String body = mvc.perform(post("/api/v1/receptions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"VISIT\",\"people\":3,\"source\":\"REFERRAL\",\"sourceDetail\":\"王芳\","
                                + "\"customerName\":\"" + name + "\",\"customerPhone\":\"" + phone + "\",\"models\":\"MPV\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode created = ApiClient.json(body);
        long id = created.get("id").asLong();
        assertThat(created.get("consultantName").asString()).isEqualTo("张伟");
        assertThat(created.get("customerId").isNull()).isFalse();
        assertThat(created.get("firstVisit").asBoolean()).isTrue();

        JsonNode list = ApiClient.json(mvc.perform(get("/api/v1/receptions").param("source", "REFERRAL")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        boolean listed = false;
        for (JsonNode item : list.get("items")) {
            listed |= item.get("id").asLong() == id;
            assertThat(item.get("source").asString()).isEqualTo("REFERRAL");
        }
        assertThat(listed).isTrue();

        JsonNode left = ApiClient.json(mvc.perform(post("/api/v1/receptions/" + id + "/left")
                        .header("Authorization", "Bearer " + token).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(left.get("timeOut").isNull()).isFalse();
        mvc.perform(post("/api/v1/receptions/" + id + "/left").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/receptions/" + id).header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andExpect(status().isNotFound());
    }
}
