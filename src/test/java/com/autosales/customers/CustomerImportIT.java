package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** 客户导入: template, upload, dry run with problems per row, accept once, and who may see a job. */
@IntegrationTest
class CustomerImportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Cookie ENGLISH = new Cookie("AUTOSALES_LANG", "en");

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;
    @Autowired CustomerImportRunner runner;

    @Test
    void theTemplateHasHeadersInTheReadersLanguageAnExampleRowAndAnExplanationSheet() throws Exception {
        try (Workbook zh = workbook(mvc.perform(get("/customers/imports/template.xlsx").with(logins.as("clerk")))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX)).andReturn())) {
            assertThat(cells(zh.getSheetAt(0).getRow(0))).containsExactly("客户名称", "类型", "电话", "客户阶段", "等级", "负责顾问");
            assertThat(cells(zh.getSheetAt(0).getRow(1))).contains("张三", "个人", "潜在客户");
            assertThat(zh.getSheetName(1)).isEqualTo("填写说明");
            assertThat(cells(zh.getSheetAt(1).getRow(2))).anySatisfy(c -> assertThat(c).contains("个人 / 单位"));
        }
        try (Workbook en = workbook(mvc.perform(get("/customers/imports/template.xlsx").with(logins.as("clerk")).cookie(ENGLISH))
                .andExpect(status().isOk()).andReturn())) {
            assertThat(cells(en.getSheetAt(0).getRow(0)))
                    .containsExactly("Customer name", "Type", "Phone", "Stage", "Grade", "Consultant");
            assertThat(en.getSheetName(1)).isEqualTo("How to fill in");
        }
    }

    @Test
    void theDryRunShowsEveryProblemWithItsRowAndColumnSavesNothingAndAcceptImportsTheValidRowsOnce() throws Exception {
        String prefix = "导入" + UUID.randomUUID().toString().substring(0, 8);
        String existingPhone = phone();
        Long store = jdbc.queryForObject("select id from org_unit where code = 'SH-PD-4S'", Long.class);
        Long consultant1 = employeeOf("consultant1");
        Long consultant2 = employeeOf("consultant2");
        customers.registerFor(store, consultant1, new CustomerDetails(CustomerKind.INDIVIDUAL, prefix + "老客户",
                existingPhone, Lifecycle.OLD, null));
        String p1 = phone();
        String p2 = phone();
        String p3 = phone();
        byte[] file = xlsx(List.of("Customer name", "Type", "Phone", "Stage", "Grade", "Consultant"),
                List.of(prefix + "甲", "个人", p1, "潜在客户", "A", "张伟"),
                List.of(prefix + "乙", "Organisation", p2, "New", "B", ""),
                List.of(prefix + "丙", "", p3, "", "", "刘洋"),
                List.of(prefix + "坏电话", "个人", "12345", "", "", ""),
                List.of("", "个人", phone(), "", "", ""),
                List.of(prefix + "重复老卡", "个人", existingPhone, "", "", ""),
                List.of(prefix + "重复本表", "个人", p1, "", "", ""));

        long id = upload("clerk", file, prefix + ".xlsx", consultant2);
        assertThat(jdbc.queryForObject("select status from customer_import_job where id = ?", String.class, id))
                .isEqualTo("UPLOADED");
        mvc.perform(get("/customers/imports/" + id).with(logins.as("clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A: Customer name")))
                .andExpect(content().string(containsString("id=\"start-check\"")));
        check("clerk", id);
        waitFor(id, "CHECKED");

        Map<String, Object> counts = jdbc.queryForMap(
                "select valid_rows, error_rows, duplicate_rows from customer_import_job where id = ?", id);
        assertThat(counts).containsEntry("valid_rows", 3).containsEntry("error_rows", 2).containsEntry("duplicate_rows", 2);
        assertThat(customersNamed(prefix)).as("nothing saved before accept").isEqualTo(1);

        String zh = mvc.perform(get("/customers/imports/" + id).with(logins.as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("待确认", "导入 3 行有效数据", "尚未保存任何客户")
                .contains("<td class=\"problem-row\">5</td>", "<td class=\"problem-row\">6</td>",
                        "<td class=\"problem-row\">7</td>", "<td class=\"problem-row\">8</td>")
                .contains("电话 (C)", "客户名称 (A)", "请输入有效的手机号", "必须填写",
                        "本店已有此电话的客户档案：" + prefix + "老客户（负责顾问 张伟）", "与第 2 行的电话重复");
        String en = mvc.perform(get("/customers/imports/" + id).with(logins.as("clerk")).cookie(ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Import the 3 valid rows", "Phone (C)", "Customer name (A)", "Enter a valid mobile",
                "Required", "A card with this phone already exists in the store: " + prefix + "老客户 (consultant 张伟)",
                "Same phone as row 2");

        JsonNode json = ApiClient.json(mvc.perform(get("/api/v1/customers/imports/" + id)
                        .header("Authorization", "Bearer " + api.tokenFor("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(json.get("job").get("validRows").asInt()).isEqualTo(3);
        List<String> problems = new ArrayList<>();
        json.get("problems").get("items").forEach(p -> problems.add(p.get("row").asInt() + ":" + p.get("field").asString()));
        assertThat(problems).containsExactly("5:PHONE", "6:NAME", "7:PHONE", "8:PHONE");

        try (Workbook report = workbook(mvc.perform(get("/customers/imports/" + id + "/errors.xlsx").with(logins.as("clerk")))
                .andExpect(status().isOk()).andReturn())) {
            assertThat(report.getSheetAt(0).getLastRowNum()).isEqualTo(4);
            assertThat(cells(report.getSheetAt(0).getRow(1))).startsWith("5", "电话 (C)", "12345");
        }

        long version = jdbc.queryForObject("select version from customer_import_job where id = ?", Long.class, id);
        accept("clerk", id, version);
        accept("clerk", id, version);
        waitFor(id, "IMPORTED");
        accept("clerk", id, version);
        Thread.sleep(300);
        assertThat(customersNamed(prefix)).isEqualTo(4);
        assertThat(jdbc.queryForList("select name from customer where name like ? order by name", String.class, prefix + "%"))
                .containsExactlyInAnyOrder(prefix + "老客户", prefix + "甲", prefix + "乙", prefix + "丙");
        assertThat(ownerOf(prefix + "甲")).isEqualTo(consultant1);
        assertThat(ownerOf(prefix + "乙")).isEqualTo(consultant2);
        assertThat(ownerOf(prefix + "丙")).isEqualTo(consultant2);
        assertThat(jdbc.queryForObject("select kind from customer where name = ?", String.class, prefix + "乙"))
                .isEqualTo("ORGANISATION");
        assertThat(jdbc.queryForObject("select name_pinyin from customer where name = ?", String.class, prefix + "甲"))
                .isNotBlank();

        Long imported = jdbc.queryForObject("select id from customer where name = ?", Long.class, prefix + "甲");
        mvc.perform(get("/customers/" + imported).with(logins.as("clerk")))
                .andExpect(content().string(containsString("从文件导入")))
                .andExpect(content().string(containsString(prefix + ".xlsx")))
                .andExpect(content().string(containsString("陈静")));
        mvc.perform(get("/customers/imports/" + id).with(logins.as("clerk")))
                .andExpect(content().string(containsString("已导入 3 位客户")));
    }

    @Test
    void anImportLeftHalfDoneByANodeThatWentAwayIsFinishedOnceWithoutDoublingRows() throws Exception {
        String prefix = "续传" + UUID.randomUUID().toString().substring(0, 8);
        long id = upload("salesmanager", xlsx(List.of("客户名称", "电话"), List.of(prefix + "甲", phone()),
                List.of(prefix + "乙", phone())), "resume.xlsx", null);
        check("salesmanager", id);
        waitFor(id, "CHECKED");
        // as if a node had moved the job to IMPORTING, imported nothing and died ten minutes ago
        jdbc.update("update customer_import_job set status = 'IMPORTING', updated_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(10))), id);
        assertThat(runner.resumeStalled(java.time.Duration.ofMinutes(5))).isEqualTo(1);
        assertThat(runner.resumeStalled(java.time.Duration.ofMinutes(5))).as("taken over once").isZero();
        waitFor(id, "IMPORTED");
        assertThat(customersNamed(prefix)).isEqualTo(2);
    }

    @Test
    void cancellingSavesNothing() throws Exception {
        String prefix = "取消" + UUID.randomUUID().toString().substring(0, 8);
        long id = upload("salesmanager", xlsx(List.of("客户名称", "电话"), List.of(prefix + "甲", phone())), "c.xlsx", null);
        check("salesmanager", id);
        waitFor(id, "CHECKED");
        long version = jdbc.queryForObject("select version from customer_import_job where id = ?", Long.class, id);
        mvc.perform(post("/customers/imports/" + id + "/cancel").param("version", String.valueOf(version))
                .with(logins.as("salesmanager")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/customers/imports/" + id + "/accept").param("version", String.valueOf(version))
                .with(logins.as("salesmanager")).with(csrf())).andExpect(status().isUnprocessableEntity());
        assertThat(customersNamed(prefix)).isZero();
    }

    @Test
    void aConsultantMayNotImportAndSeesNoImportButton() throws Exception {
        mvc.perform(get("/customers/imports").with(logins.as("consultant1"))).andExpect(status().isForbidden());
        mvc.perform(get("/customers/imports/template.xlsx").with(logins.as("consultant1"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/customers/imports").file(new MockMultipartFile("file", "x.xlsx", XLSX, new byte[] {1}))
                .with(logins.as("consultant1")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/customers/imports").file(new MockMultipartFile("file", "x.xlsx", XLSX, new byte[] {1}))
                .header("Authorization", "Bearer " + api.tokenFor("consultant1"))).andExpect(status().isForbidden());
        mvc.perform(get("/customers").with(logins.as("consultant1")))
                .andExpect(content().string(not(containsString("id=\"import-customers\""))));
        mvc.perform(get("/customers").with(logins.as("clerk")))
                .andExpect(content().string(containsString("id=\"import-customers\"")));
    }

    @Test
    void aJobIsSeenByItsCreatorAndTheStoresManagersButNotFoundForAnyoneElse() throws Exception {
        long id = upload("salesmanager", xlsx(List.of("客户名称"), List.of("某人")), "m.xlsx", null);
        mvc.perform(get("/customers/imports/" + id).with(logins.as("salesmanager"))).andExpect(status().isOk());
        mvc.perform(get("/customers/imports/" + id).with(logins.as("gm"))).andExpect(status().isOk());
        mvc.perform(get("/customers/imports/" + id).with(logins.as("clerk"))).andExpect(status().isNotFound());
        mvc.perform(get("/customers/imports/" + id + "/errors.xlsx").with(logins.as("clerk"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/imports/" + id).header("Authorization", "Bearer " + api.tokenFor("clerk")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/customers/imports/" + id + "/cancel").param("version", "0").with(logins.as("clerk")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileThatIsNotExcelIsRefusedWithAMessage() throws Exception {
        mvc.perform(multipart("/customers/imports").file(new MockMultipartFile("file", "x.xlsx", XLSX, "hello".getBytes()))
                        .with(logins.as("clerk")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无法读取该文件")));
    }

    @Test
    void theApiUploadsChecksAndAcceptsWithTheJobsVersion() throws Exception {
        String prefix = "接口" + UUID.randomUUID().toString().substring(0, 8);
        String token = api.tokenFor("clerk");
        String body = mvc.perform(multipart("/api/v1/customers/imports")
                        .file(new MockMultipartFile("file", "api.xlsx", XLSX,
                                xlsx(List.of("客户名称", "电话"), List.of(prefix + "甲", phone()), List.of(prefix + "乙", "x"))))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = ApiClient.json(body).get("id").asLong();
        waitFor(id, "CHECKED");
        JsonNode job = ApiClient.json(mvc.perform(get("/api/v1/customers/imports/" + id).header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString()).get("job");
        assertThat(job.get("validRows").asInt()).isEqualTo(1);
        assertThat(job.get("errorRows").asInt()).isEqualTo(1);
        assertThat(customersNamed(prefix)).isZero();
        mvc.perform(post("/api/v1/customers/imports/" + id + "/accept").header("Authorization", "Bearer " + token)
                .header("If-Match", job.get("version").asString())).andExpect(status().isAccepted());
        waitFor(id, "IMPORTED");
        assertThat(customersNamed(prefix)).isEqualTo(1);
    }

    /** Measured by hand with IMPORT_ROWS=100000 in the environment; 20,000 rows keep the suite fast. */
    @Test
    void aBigFileIsCheckedByStreamingWithProgressAndRightCounts() throws Exception {
        String wanted = System.getenv("IMPORT_ROWS");
        int rows = wanted == null ? 20_000 : Integer.parseInt(wanted);
        String prefix = "大" + UUID.randomUUID().toString().substring(0, 6);
        long firstPhone = 14700000000L + ThreadLocalRandom.current().nextLong(0, 99_000_000L - rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("客户");
            Row header = sheet.createRow(0);
            String[] titles = {"客户名称", "类型", "电话", "客户阶段"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(prefix + r);
                row.createCell(1).setCellValue(r % 2 == 0 ? "个人" : "单位");
                row.createCell(2).setCellValue(r % 1000 == 0 ? "bad" : String.valueOf(firstPhone + r));
                row.createCell(3).setCellValue("潜在客户");
            }
            workbook.write(out);
            workbook.dispose();
        }
        long started = System.nanoTime();
        long id = upload("clerk", out.toByteArray(), "big.xlsx", null);
        check("clerk", id);
        boolean sawProgress = false;
        long deadline = System.currentTimeMillis() + 120_000;
        while (!"CHECKED".equals(statusOf(id))) {
            assertThat(System.currentTimeMillis()).as("dry run still running").isLessThan(deadline);
            assertThat(statusOf(id)).isNotEqualTo("FAILED");
            String bar = mvc.perform(get("/customers/imports/" + id + "/progress").with(logins.as("clerk")))
                    .andReturn().getResponse().getContentAsString();
            sawProgress |= bar.contains("progress-bar") && bar.contains("hx-trigger=\"every 1s\"");
            Thread.sleep(200);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Dry run of " + rows + " rows took " + millis + " ms");
        Map<String, Object> counts = jdbc.queryForMap(
                "select total_rows, rows_read, valid_rows, error_rows, duplicate_rows from customer_import_job where id = ?", id);
        assertThat(counts).containsEntry("total_rows", rows).containsEntry("rows_read", rows)
                .containsEntry("valid_rows", rows - rows / 1000).containsEntry("error_rows", rows / 1000)
                .containsEntry("duplicate_rows", 0);
        assertThat(sawProgress || millis < 2000).as("the page showed a progress bar while it ran").isTrue();
        assertThat(customersNamed(prefix)).isZero();
        long version = jdbc.queryForObject("select version from customer_import_job where id = ?", Long.class, id);
        mvc.perform(post("/customers/imports/" + id + "/cancel").param("version", String.valueOf(version))
                .with(logins.as("clerk")).with(csrf())).andExpect(status().is3xxRedirection());
    }

    // ------------------------------------------------------------------ helpers

    private long upload(String user, byte[] file, String name, Long defaultOwner) throws Exception {
        var request = multipart("/customers/imports").file(new MockMultipartFile("file", name, XLSX, file))
                .with(logins.as(user)).with(csrf());
        if (defaultOwner != null) {
            request.param("defaultOwnerEmployeeId", String.valueOf(defaultOwner));
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Posts the mapping as the page proposes it (auto-matched headers) and starts the dry run. */
    private void check(String user, long id) throws Exception {
        Map<String, Object> job = jdbc.queryForMap(
                "select column_mapping, version, default_owner_employee_id from customer_import_job where id = ?", id);
        var request = post("/customers/imports/" + id + "/check").param("version", String.valueOf(job.get("version")))
                .with(logins.as(user)).with(csrf());
        for (Map.Entry<CustomerImportField, Integer> e : CustomerImportJob.parse((String) job.get("column_mapping")).entrySet()) {
            request.param("column_" + e.getKey().name(), String.valueOf(e.getValue()));
        }
        if (job.get("default_owner_employee_id") != null) {
            request.param("defaultOwnerEmployeeId", String.valueOf(job.get("default_owner_employee_id")));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private void accept(String user, long id, long version) throws Exception {
        mvc.perform(post("/customers/imports/" + id + "/accept").param("version", String.valueOf(version))
                .with(logins.as(user)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from customer_import_job where id = ?", String.class, id);
    }

    private void waitFor(long id, String wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!wanted.equals(statusOf(id))) {
            assertThat(statusOf(id)).isNotEqualTo("FAILED");
            assertThat(System.currentTimeMillis()).as("waiting for " + wanted).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private int customersNamed(String prefix) {
        return jdbc.queryForObject("select count(*) from customer where name like ?", Integer.class, prefix + "%");
    }

    private Long ownerOf(String name) {
        return jdbc.queryForObject("select owner_employee_id from customer where name = ?", Long.class, name);
    }

    private Long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @SafeVarargs
    private static byte[] xlsx(List<String> headers, List<String>... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("客户");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].size(); i++) {
                    if (!rows[r].get(i).isEmpty()) {
                        row.createCell(i).setCellValue(rows[r].get(i));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Workbook workbook(MvcResult result) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(switch (c.getCellType()) {
            case NUMERIC -> String.valueOf((long) c.getNumericCellValue());
            default -> c.getStringCellValue();
        }));
        return cells;
    }
}
