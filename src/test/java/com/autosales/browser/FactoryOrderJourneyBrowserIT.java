package com.autosales.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.shared.Vin;
import com.autosales.support.IntegrationTest;
import com.autosales.support.TestVins;
import com.autosales.vehicles.FactoryOrderCleanup;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 7's journey: the clerk receives three vehicles and sees them in the ageing, drafts next month's factory order
 * from the suggestions and submits it, the sales manager approves it in the inbox, and the clerk exports it (the Excel
 * file has the quantities of the page) and confirms it into ordered stock.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactoryOrderJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Vin vin() {
        return TestVins.fresh();
    }

    private long freshBucketCount() {
        return Long.parseLong(browser.text("#ageing-table tr[data-bucket='DAYS_0_30'] .bucket-count"));
    }

    @Test
    void theClerkReceivesDraftsAndExportsAnOrderTheSalesManagerApproved() throws Exception {
        Long store = jdbc.queryForObject("select store_id from app_user where username = 'clerk'", Long.class);
        YearMonth next = FactoryOrderCleanup.clean(jdbc, store, YearMonth.now(clock).plusMonths(1));

        browser.logInAs("clerk");
        browser.open("/vehicles/stock");
        long before = freshBucketCount();
        browser.click("#receive-link");
        browser.type("#vehicles", vin() + " EA888001\n" + vin() + " EA888002\n" + vin() + " EA888003");
        new Select(browser.find("#trimId")).selectByVisibleText("大众 帕萨特 2025款 380TSI · 星空精英版");
        browser.type("#exteriorColour", "极地白");
        browser.type("#interiorColour", "米色");
        browser.clickCentered("#receipt-submit");
        browser.waitForUrlContaining("/vehicles/stock?received=3");
        assertThat(freshBucketCount()).isEqualTo(before + 3);

        browser.click("#sidebar a[href='/vehicles/factory-orders']");
        assertThat(browser.find("#month").getAttribute("value")).isEqualTo(next.toString());
        browser.clickCentered("#draft-submit");
        browser.waitForText("#order-status", "草稿");
        assertThat(browser.text("#flash")).contains("订单草稿已生成");
        assertThat(browser.text("#suggestion-rule")).contains("近 3 个月");
        Long lavidaAuto = jdbc.queryForObject("select id from vehicle_trim where name = '自动满逸版'", Long.class);
        WebElement lavida = browser.find("#lines-table tr[data-trim='" + lavidaAuto + "'][data-colours='极地白/黑色'] .line-quantity");
        assertThat(lavida.getAttribute("value")).isNotBlank();
        lavida.clear();
        lavida.sendKeys("7");
        browser.screenshot("factory-order-draft-zh.png");
        browser.clickCentered("#save-lines");
        browser.waitForText("#flash", "订货数量已保存");
        int units = Integer.parseInt(browser.text("#order-units"));
        assertThat(units).isGreaterThanOrEqualTo(7);
        browser.type("#submit-note", "年底备货，朗逸白色加到7台");
        browser.clickCentered("#submit-order");
        browser.waitForText("#order-status", "待审批");
        assertThat(browser.text("#waiting-approval")).contains("李明");
        assertThat(browser.present("#save-lines")).isFalse();
        String orderPath = browser.url().replaceFirst("^https?://[^/]+", "");

        browser.resize(Browser.PHONE);
        browser.logInAs("salesmanager");
        browser.open("/approvals");
        assertThat(browser.visible("#approval-list").getText()).contains("月度订单");
        Long approval = jdbc.queryForObject("select id from approval where record_type = 'factory-order' and status = 'PENDING'"
                + " and record_id = ?", Long.class, Long.valueOf(orderPath.substring(orderPath.lastIndexOf('/') + 1)));
        browser.clickCentered("#approval-list a[href='/approvals/" + approval + "']");
        assertThat(browser.text("#approval-title")).contains("月度订单").contains(next.toString());
        browser.type("#comment", "同意，注意白色朗逸库龄");
        browser.clickCentered("#approve");
        browser.waitForText("#approval-steps", "已同意");
        browser.open(orderPath);
        browser.waitUntil("the approval to reach the order", () -> {
            browser.open(orderPath);
            return browser.text("#order-status").equals("已批准");
        });
        assertThat(browser.text("#order-approvals")).contains("同意，注意白色朗逸库龄");
        assertThat(browser.viewport().get("scroll")).isEqualTo(browser.viewport().get("inner"));
        browser.screenshot("factory-order-approved-phone-zh.png");

        browser.resize(Browser.DESKTOP);
        browser.logInAs("clerk");
        browser.open(orderPath);
        Map<String, Integer> onPage = new HashMap<>();
        for (WebElement row : browser.all("#lines-table tbody tr[data-colours]")) {
            int quantity = Integer.parseInt(row.findElement(org.openqa.selenium.By.cssSelector(".line-quantity")).getAttribute("textContent").trim());
            if (quantity > 0) {
                onPage.merge(row.getAttribute("data-trim") + "|" + row.getAttribute("data-colours"), quantity, Integer::sum);
            }
        }
        String id = orderPath.substring(orderPath.lastIndexOf('/') + 1);
        Map<String, Integer> inFile = new HashMap<>();
        int total = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                browser.download("/vehicles/factory-orders/" + id + "/export.xlsx")))) {
            DataFormatter format = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    int quantity = Integer.parseInt(format.formatCellValue(row.getCell(6)));
                    inFile.merge(format.formatCellValue(row.getCell(4)) + "/" + format.formatCellValue(row.getCell(5)),
                            quantity, Integer::sum);
                    total += quantity;
                }
            }
        }
        assertThat(total).isEqualTo(units);
        assertThat(inFile.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(onPage.values().stream().mapToInt(Integer::intValue).sum());
        String csv = new String(browser.download("/vehicles/factory-orders/" + id + "/export.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(onPage.size() + 1);
        assertThat(csv).contains("朗逸 2025款 1.5L · 自动满逸版,极地白,黑色,7");

        browser.clickCentered("#confirm-order");
        browser.waitForText("#order-status", "厂家已确认");
        assertThat(browser.text("#confirmed-note")).contains(String.valueOf(units));
        browser.screenshot("factory-order-confirmed-zh.png");

        // an ordered car has no VIN until the manufacturer dispatches it; the clerk enters it with the move
        Long ordered = jdbc.queryForObject("select min(id) from stock_vehicle where factory_order_id = ?", Long.class, Long.valueOf(id));
        browser.open("/vehicles/stock/" + ordered);
        assertThat(browser.text("#vehicle-vin")).isEqualTo("VIN 待厂家分配");
        Vin shipped = vin();
        browser.type("#move-vin", shipped.value());
        browser.type("#move-engine", "EA888777");
        browser.clickCentered("#move-IN_TRANSIT");
        browser.waitForText("#vehicle-vin", shipped.value());
        assertThat(browser.text("#vehicle-status")).isEqualTo("在途");
        browser.screenshot("factory-order-car-dispatched-zh.png");

        // the next car of the order arrives through the receipt form: it fills an ordered car, no new one
        String[] colours = jdbc.queryForObject("select exterior_colour || '|' || interior_colour from stock_vehicle"
                + " where factory_order_id = ? and vin is null order by id fetch first 1 rows only", String.class,
                Long.valueOf(id)).split("\\|");
        Long orderedTrim = jdbc.queryForObject("select trim_id from stock_vehicle where factory_order_id = ? and vin is null"
                + " and exterior_colour = ? order by id fetch first 1 rows only", Long.class, Long.valueOf(id), colours[0]);
        browser.open("/vehicles/stock/new");
        browser.type("#vehicles", vin() + " EA888778");
        new Select(browser.find("#trimId")).selectByValue(String.valueOf(orderedTrim));
        browser.type("#exteriorColour", colours[0]);
        browser.type("#interiorColour", colours[1]);
        browser.clickCentered("#receipt-submit");
        browser.waitForUrlContaining("/vehicles/stock?received=1");
        assertThat(browser.text("#filled-orders")).contains("其中 1 辆是厂家订单中的已订车辆");
        browser.open(orderPath);
        browser.open(orderPath + "?lang=en");
        assertThat(browser.text("#order-status")).isEqualTo("Confirmed by manufacturer");
        browser.screenshot("factory-order-confirmed-en.png");
        browser.open("/vehicles/factory-orders?lang=zh_CN");
        assertThat(browser.text("#orders-table")).contains(next.toString());
        browser.screenshot("factory-orders-zh.png");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from stock_vehicle v join factory_order o on o.id = v.factory_order_id"
                + " where o.id = ? and v.status = 'ORDERED' and v.vin is null", Integer.class, Long.valueOf(id))).isEqualTo(units - 2);
    }
}
