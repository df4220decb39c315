package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 客户档案导出与打印: the list as Excel within the reader's data scope, and one card as a PDF. */
@IntegrationTest
class CustomerExportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;
    @Autowired Clock clock;

    @Test
    void theClerksExportHasBothConsultantsCustomersOfTheStoreButNotTheDistributorsWithPhonesMasked() throws Exception {
        Map<String, List<String>> rows = export(get("/customers/export.xlsx").with(logins.as("clerk")));
        assertThat(rows).containsKeys("王芳", "黄志强", "上海浦东新区交通运输公司")
                .doesNotContainKeys("苏州顺达汽配批发部", "无锡快修连锁");
        assertThat(rows.get("王芳").get(2)).isEqualTo("139****0001");
        assertThat(rows.get("黄志强").get(2)).isEqualTo("137****0011");
        assertThat(rows.get("王芳").get(5)).isEqualTo("张伟");
        assertThat(rows.get("黄志强").get(5)).isEqualTo("刘洋");
        assertThat(rows.values()).noneMatch(r -> r.get(2).equals("13912340001"));
    }

    @Test
    void theSalesManagersExportShowsFullPhoneNumbers() throws Exception {
        Map<String, List<String>> rows = export(get("/customers/export.xlsx").with(logins.as("salesmanager")));
        assertThat(rows.get("王芳").get(2)).isEqualTo("13912340001");
        assertThat(rows.get("黄志强").get(2)).isEqualTo("13712340011");
    }

    @Test
    void aConsultantExportsOnlyOwnCustomersWithPhonesMaskedEvenThoughTheCardShowsThem() throws Exception {
        String prefix = registerMany(4);
        Map<String, List<String>> rows = export(get("/customers/export.xlsx").param("q", prefix).with(logins.as("consultant1")));
        assertThat(rows).as("registerMany gives consultant1 every other customer").hasSize(2);
        assertThat(rows.values()).allMatch(r -> r.get(2).contains("****") && r.get(5).equals("张伟"));
        mvc.perform(get("/customers").param("q", prefix).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("id=\"export-customers\"")))
                .andExpect(content().string(not(containsString("****"))));
    }

    @Test
    void rolesWithoutTheExportPermissionMayNotExport() throws Exception {
        mvc.perform(get("/customers/export.xlsx").with(logins.as("partsplanner"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/customers/export.xlsx").header("Authorization", "Bearer " + api.tokenFor("cs")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/customers").param("q", "王").with(logins.as("clerk")))
                .andExpect(content().string(containsString("id=\"export-customers\"")))
                .andExpect(content().string(containsString("/customers/export.xlsx?q=")));
    }

    @Test
    void theExportHasEveryMatchingCustomerNotJustTheFirstPage() throws Exception {
        String prefix = registerMany(25);
        Map<String, List<String>> rows = export(get("/customers/export.xlsx").param("q", prefix).with(logins.as("salesmanager")));
        assertThat(rows).hasSize(25);
        assertThat(rows.keySet()).allMatch(name -> name.startsWith(prefix));
    }

    @Test
    void theExportIsInTheAccessLogWithTheFilterAndTheNumberOfRecords() throws Exception {
        String prefix = registerMany(3);
        export(get("/customers/export.xlsx").param("q", prefix).with(logins.as("clerk")));
        Map<String, Object> entry = jdbc.queryForMap(
                "select username, action, record_type, record_count, reason from access_log where reason = ?", "q=" + prefix);
        assertThat(entry).containsEntry("username", "clerk").containsEntry("action", "EXPORT")
                .containsEntry("record_type", "customer").containsEntry("record_count", 3);
    }

    @Test
    void theApiExportsTheSameSheetForAHolderOfTheExportPermission() throws Exception {
        String prefix = registerMany(2);
        Map<String, List<String>> rows = export(get("/api/v1/customers/export.xlsx").param("q", prefix)
                .header("Authorization", "Bearer " + api.tokenFor("clerk")));
        assertThat(rows).hasSize(2);
        assertThat(rows.values()).allMatch(r -> r.get(2).contains("****"));
    }

    @Test
    void headersAreChineseByDefaultAndEnglishWithTheLanguageCookie() throws Exception {
        List<String> chinese = rawRows(get("/customers/export.xlsx").param("q", "王芳").with(logins.as("clerk"))).get(0);
        assertThat(chinese).containsExactly("客户名称", "类型", "电话", "客户阶段", "等级", "负责顾问", "建档时间");
        List<List<String>> english = rawRows(get("/customers/export.xlsx").param("q", "王芳").with(logins.as("clerk"))
                .cookie(new Cookie("AUTOSALES_LANG", "en")));
        assertThat(english.get(0)).containsExactly("Customer name", "Type", "Phone", "Stage", "Grade", "Consultant", "Registered");
        assertThat(english.get(1)).contains("王芳", "Individual", "Prospect");
    }

    @Test
    void theCardPrintsAsAPdfWithTheCustomersNameStoreOwnerAndWhoPrintedIt() throws Exception {
        long id = customerNamed("王芳");
        int viewsBefore = views(id);
        byte[] pdf = mvc.perform(get("/customers/" + id + "/card.pdf").with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("customer-" + id + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/customer-card.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("客户档案卡", "王芳", "13912340001", "上海浦东4S店", "张伟", "打印人");
        assertThat(views(id)).isEqualTo(viewsBefore + 1);

        byte[] english = mvc.perform(get("/customers/" + id + "/card.pdf").with(logins.as("clerk"))
                        .cookie(new Cookie("AUTOSALES_LANG", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new PdfTextExtractor(new PdfReader(english)).getTextFromPage(1))
                .contains("Customer card", "王芳", "139****0001", "Printed by 陈静")
                .doesNotContain("13912340001");
    }

    @Test
    void anotherConsultantsCustomerCardIsNotFound() throws Exception {
        mvc.perform(get("/customers/" + customerNamed("黄志强") + "/card.pdf").with(logins.as("consultant1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCardPageHasAPrintButton() throws Exception {
        long id = customerNamed("王芳");
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("href=\"/customers/" + id + "/card.pdf\"")))
                .andExpect(content().string(containsString("打印 / PDF")));
    }

    private Map<String, List<String>> export(MockHttpServletRequestBuilder request) throws Exception {
        List<List<String>> rows = rawRows(request);
        Map<String, List<String>> byName = new LinkedHashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byName.put(r.get(0), r));
        return byName;
    }

    private List<List<String>> rawRows(MockHttpServletRequestBuilder request) throws Exception {
        String today = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        byte[] bytes = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition",
                        matchesPattern("attachment; filename=\"customers-" + today + "\\.xlsx\"")))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** One phone number per customer, as the duplicate check requires. */
    private static final java.util.concurrent.atomic.AtomicLong NEXT_PHONE =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime() % 90_000_000L);

    /** Registers customers of the 4S store for both consultants, all named with one new prefix. */
    private String registerMany(int count) {
        String prefix = "导出" + UUID.randomUUID().toString().substring(0, 8);
        Long store = jdbc.queryForObject("select id from org_unit where code = 'SH-PD-4S'", Long.class);
        List<Long> owners = jdbc.queryForList(
                "select employee_id from app_user where username in ('consultant1', 'consultant2')", Long.class);
        long firstPhone = 15800000000L + NEXT_PHONE.getAndAdd(count);
        for (int i = 0; i < count; i++) {
            customers.registerFor(store, owners.get(i % owners.size()), new CustomerDetails(CustomerKind.INDIVIDUAL,
                    prefix + "-" + i, String.valueOf(firstPhone + i), Lifecycle.POTENTIAL, Grade.B));
        }
        return prefix;
    }

    private long customerNamed(String name) {
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    private int views(long id) {
        return jdbc.queryForObject("select count(*) from access_log where action = 'VIEW' and record_type = 'customer' and record_ids = ?",
                Integer.class, String.valueOf(id));
    }
}
