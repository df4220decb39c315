package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer archive as a consultant uses it (issue 5): registers a person and a company, finds them again by
 * pinyin initials, fills in a section of the card and sees it on the timeline, is stopped from registering a phone
 * twice, and exports the own list with the numbers masked. A sales manager imports a file with mistakes in it.
 */
@IntegrationTest
class CustomerArchiveJourneyBrowserIT {

    /** Rare characters with their pinyin initial, so each run's names have initials nobody else has. */
    private static final String[][] RARE = {{"鲍", "b"}, {"翊", "y"}, {"骞", "q"}, {"濮", "p"}, {"靳", "j"}, {"霍", "h"},
            {"蔺", "l"}, {"阙", "q"}, {"殳", "s"}, {"冼", "x"}, {"昝", "z"}, {"郗", "x"}, {"闵", "m"}, {"宓", "m"}};

    @LocalServerPort int port;

    @Test
    void aConsultantRegistersFindsByInitialsEditsTheCardIsStoppedOnADuplicateAndExportsMasked() throws Exception {
        Browser.assumeInstalled();
        StringBuilder name = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            String[] c = RARE[random.nextInt(RARE.length)];
            name.append(c[0]);
            initials.append(c[1]);
        }
        String person = name.toString();
        String company = person + "汽车服务有限公司";
        String phone = "1396" + String.format("%07d", random.nextInt(10_000_000));
        String companyPhone = "1397" + String.format("%07d", random.nextInt(10_000_000));

        try (Browser browser = Browser.start(port)) {
            browser.logIn("consultant1", Logins.DEMO_PASSWORD);
            browser.find("#greeting");

            register(browser, person, phone, "INDIVIDUAL");
            browser.waitForText("#customer-name", person);
            register(browser, company, companyPhone, "ORGANISATION");
            browser.waitForText("#customer-name", company);

            browser.open("/customers");
            browser.type("#customer-search", initials.toString());
            browser.waitUntil("the list to narrow to the initials", () -> !browser.text("#customer-results").contains("王芳"));
            String results = browser.text("#customer-results");
            assertThat(results).contains(person, company, phone, "共 2 位客户");
            browser.screenshot("journey-customers-found-by-initials-zh.png");

            browser.click("#customer-table tbody a[href] ");
            browser.visible("#profile-basic");
            browser.js("document.querySelector('#edit-profile-basic').scrollIntoView({block: 'center', behavior: 'instant'});");
            browser.click("#edit-profile-basic");
            browser.visible("#profile-form-basic");
            browser.type("#address", "上海市浦东新区张杨路 500 号");
            browser.js("document.querySelector('#profile-save-basic').scrollIntoView({block: 'center', behavior: 'instant'});");
            browser.click("#profile-save-basic");
            browser.waitForText("#profile-basic", "张杨路 500 号");
            browser.driver().get(browser.url().replaceAll("#.*$", ""));
            assertThat(browser.text("#customer-history")).contains("修改档案卡", "张杨路 500 号", "建档");
            browser.js("document.querySelector('#customer-history').scrollIntoView({block: 'start', behavior: 'instant'});");
            browser.screenshot("journey-card-timeline-zh.png");

            browser.open("/customers/new");
            browser.type("#name", "重复号码测试" + initials);
            browser.type("#phone", "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + " " + phone.substring(7));
            browser.click("#save");
            browser.visible("#open-duplicate");
            assertThat(browser.text("#customer-form")).contains(person);
            browser.screenshot("journey-duplicate-phone-zh.png");
            browser.click("#open-duplicate");
            browser.waitForText("#customer-name", person);

            List<List<String>> rows = exportAsSeenByTheBrowser(browser, initials.toString());
            assertThat(rows).extracting(r -> r.get(0)).containsExactlyInAnyOrder(person, company);
            assertThat(rows).allMatch(r -> r.get(2).contains("****"));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aSalesManagerImportsAnExcelFileAndSeesTheProblemsRowByRowBeforeAcceptingTheValidRows() throws Exception {
        Browser.assumeInstalled();
        String prefix = "导入旅程" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String good1 = "1395" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String good2 = "1394" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        Path file = Files.createTempFile("customers-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("客户");
            String[][] rows = {{"客户名称", "类型", "电话", "客户阶段"},
                    {prefix + "甲", "个人", good1, "潜在客户"},
                    {prefix + "乙公司", "单位", good2, "新客户"},
                    {prefix + "坏号码", "个人", "12345", ""},
                    {"", "个人", "13800009999", ""},
                    {prefix + "老客户", "个人", "13912340001", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (Browser browser = Browser.start(port)) {
            browser.logIn("salesmanager", Logins.DEMO_PASSWORD);
            browser.find("#greeting");
            browser.open("/customers");
            browser.click("#import-customers");
            browser.find("#file").sendKeys(file.toAbsolutePath().toString());
            browser.click("#upload");
            browser.visible("#import-mapping");
            browser.click("#start-check");
            browser.waitForText("#import-status", "待确认");
            assertThat(browser.text("#count-valid")).isEqualTo("2");
            assertThat(browser.text("#count-errors")).isEqualTo("2");
            assertThat(browser.text("#count-duplicates")).isEqualTo("1");
            String problems = browser.text("#problem-table");
            assertThat(problems).contains("4", "电话 (C)", "12345", "5", "客户名称 (A)", "6", "王芳");
            browser.screenshot("journey-import-problems-zh.png");

            browser.click("#accept-import");
            browser.waitForText("#import-status", "已导入");
            // no consultant was given: the new cards wait in the store's public pool to be claimed
            browser.open("/customers/pool?q=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(browser.text("#pool-results")).contains(prefix + "甲", prefix + "乙公司", "导入时未指定顾问")
                    .doesNotContain(prefix + "坏号码", prefix + "老客户");
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void register(Browser browser, String name, String phone, String kind) {
        browser.open("/customers/new");
        browser.type("#name", name);
        browser.type("#phone", phone);
        new Select(browser.find("#kind")).selectByValue(kind);
        browser.click("#save");
    }

    /** Downloads the list's export with the browser's own session, as the export button would. */
    private static List<List<String>> exportAsSeenByTheBrowser(Browser browser, String q) throws Exception {
        byte[] xlsx = browser.download("/customers/export.xlsx?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }
}
