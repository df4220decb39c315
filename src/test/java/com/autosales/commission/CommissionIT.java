package com.autosales.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.autosales.delivery.DeliveryFixtures;
import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The month as the store runs it over the API: the GM sets the rules, consultant1 delivers two cars, the sales manager
 * calculates, adjusts and submits, the GM approves in the approvals inbox, and the statement is locked and exported.
 */
@IntegrationTest
class CommissionIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final YearMonth MONTH = YearMonth.from(TODAY);
    private static final BigDecimal PER_UNIT = new BigDecimal("800.00");
    private static final BigDecimal MARGIN_RATE = new BigDecimal("10");
    private static final BigDecimal INSURANCE_RATE = new BigDecimal("5");
    private static final BigDecimal FINANCE_BONUS = new BigDecimal("300.00");
    private static final BigDecimal PACKAGES_RATE = new BigDecimal("3");
    private static final BigDecimal PENALTY = new BigDecimal("200.00");
    private static final BigDecimal PENALTY_ABOVE = new BigDecimal("5");

    @Autowired MockMvc mvc;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeliveryFixtures deliveries;

    @Test
    void aMonthIsCalculatedExplainedAdjustedApprovedLockedAndExported() throws Exception {
        String from = MONTH.atDay(1).toString();
        Long marginRule = createRule("gm", rule("毛利提成", "MARGIN_PERCENT", "\"rate\":10", from)).get("id").asLong();
        createRule("gm", rule("单车提成", "PER_UNIT", "\"amount\":800", from));
        createRule("gm", rule("达成率系数", "TIERS", "\"tiers\":\"0:0; 80:100; 100:120\"", from));
        createRule("salesmanager", rule("保险奖励", "INSURANCE_PERCENT", "\"rate\":5", from));
        createRule("salesmanager", rule("金融奖励", "FINANCE_BONUS", "\"amount\":300", from));
        createRule("salesmanager", rule("精品奖励", "PACKAGES_PERCENT", "\"rate\":3", from));
        createRule("salesmanager", rule("超折扣扣款", "DISCOUNT_PENALTY", "\"amount\":200,\"discountAbove\":5", from));

        long rulesBefore = count("select count(*) from commission_rule");
        MvcResult overlap = call("gm", post("/api/v1/commission-rules"),
                rule("毛利提成二", "MARGIN_PERCENT", "\"rate\":12", MONTH.atDay(15).toString()));
        assertThat(overlap.getResponse().getStatus()).isEqualTo(422);
        assertThat(overlap.getResponse().getContentAsString()).contains("毛利提成");
        assertThat(count("select count(*) from commission_rule")).as("nothing saved").isEqualTo(rulesBefore);
        assertThat(call("consultant1", post("/api/v1/commission-rules"), rule("x", "PER_UNIT", "\"amount\":1", from))
                .getResponse().getStatus()).isEqualTo(403);

        Long first = contractOf(deliveries.delivered());
        Long second = contractOf(deliveries.delivered());
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from performance_sale where contract_id in ("
                + first + ", " + second + ")") == 2);

        JsonNode generated = json(call("salesmanager", post("/api/v1/commission-statements/generation"),
                "{\"month\":\"" + MONTH + "\"}"));
        assertThat(generated.get("calculated").asInt()).isGreaterThanOrEqualTo(2);

        Long consultant1 = employeeOf("consultant1");
        Long id = statementOf("salesmanager", consultant1);
        JsonNode statement = json(call("salesmanager", get("/api/v1/commission-statements/" + id), null));
        assertThat(statement.get("status").asString()).isEqualTo("DRAFT");
        // without an approved plan there is no target and the tiers pay 100 % (another test may approve this year's plan)
        BigDecimal attainment = statement.hasNonNull("attainmentPercent") ? statement.get("attainmentPercent").decimalValue() : null;
        BigDecimal factor = tierFactor(attainment);
        for (Long contract : List.of(first, second)) {
            Map<String, BigDecimal> expected = expectedLines(contract, factor);
            Map<String, BigDecimal> actual = new HashMap<>();
            for (JsonNode line : statement.get("lines")) {
                if (line.get("contractId").asLong() == contract) {
                    actual.put(line.get("kind").asString(), line.get("amount").decimalValue().setScale(2, RoundingMode.HALF_UP));
                    assertThat(line.get("contractNumber").asString()).isNotBlank();
                    assertThat(line.get("trimLabel").asString()).isNotBlank();
                    assertThat(line.get("ruleName").asString()).isNotBlank();
                }
            }
            assertThat(actual).as("lines of contract " + contract).containsExactlyInAnyOrderEntriesOf(expected);
        }
        BigDecimal computed = expectedTotalOf(consultant1, factor);
        assertThat(statement.get("total").decimalValue()).isEqualByComparingTo(computed);

        JsonNode adjusted = json(call("salesmanager", post("/api/v1/commission-statements/" + id + "/adjustments"),
                "{\"amount\":-50.00,\"reason\":\"客户投诉扣减\",\"version\":" + statement.get("version").asLong() + "}"));
        BigDecimal total = computed.add(new BigDecimal("-50.00"));
        assertThat(adjusted.get("total").decimalValue()).isEqualByComparingTo(total);
        JsonNode adjustment = adjusted.get("lines").get(adjusted.get("lines").size() - 1);
        assertThat(adjustment.get("kind").asString()).isEqualTo("ADJUSTMENT");
        assertThat(adjustment.get("reason").asString()).isEqualTo("客户投诉扣减");
        assertThat(adjustment.get("addedBy").asString()).isEqualTo("李明");
        assertThat(call("salesmanager", post("/api/v1/commission-statements/" + id + "/adjustments"),
                "{\"amount\":10,\"reason\":\" \",\"version\":" + adjusted.get("version").asLong() + "}")
                .getResponse().getStatus()).as("an adjustment needs a reason").isEqualTo(422);

        assertThat(call("consultant1", get("/api/v1/commission-statements/" + id), null).getResponse().getStatus())
                .as("the consultant sees his statement once it is submitted").isEqualTo(404);
        json(call("salesmanager", post("/api/v1/commission-statements/" + id + "/submission"),
                "{\"version\":" + adjusted.get("version").asLong() + "}"));

        JsonNode waiting = json(call("gm", get("/api/v1/approvals?box=WAITING&size=100"), null));
        JsonNode approval = null;
        for (JsonNode item : waiting.get("items")) {
            if ("commission-statement".equals(item.get("recordType").asString()) && item.get("recordId").asLong() == id) {
                approval = item;
            }
        }
        assertThat(approval).as("the GM has the statement in the approvals inbox").isNotNull();
        assertThat(call("gm", post("/api/v1/approvals/" + approval.get("id").asLong() + "/decision"),
                "{\"decision\":\"APPROVE\",\"comment\":\"同意\",\"version\":" + approval.get("version").asLong() + "}")
                .getResponse().getStatus()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> "APPROVED".equals(jdbc.queryForObject(
                "select status from commission_statement where id = ?", String.class, id)));

        JsonNode approved = json(call("gm", get("/api/v1/commission-statements/" + id), null));
        assertThat(approved.get("total").decimalValue()).isEqualByComparingTo(total);
        MvcResult recalculation = call("salesmanager", post("/api/v1/commission-statements/" + id + "/recalculation"),
                "{\"version\":" + approved.get("version").asLong() + "}");
        assertThat(recalculation.getResponse().getStatus()).isEqualTo(422);
        assertThat(recalculation.getResponse().getContentAsString()).contains("statement-locked");
        JsonNode again = json(call("gm", post("/api/v1/commission-statements/generation"), "{\"month\":\"" + MONTH + "\"}"));
        assertThat(again.get("leftLocked").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(json(call("gm", get("/api/v1/commission-statements/" + id), null)).get("version").asLong())
                .as("the approved statement is not touched").isEqualTo(approved.get("version").asLong());

        MvcResult export = call("gm", get("/api/v1/commission-statements/" + id + "/export.xlsx"), null);
        assertThat(lastRowAmount(export.getResponse().getContentAsByteArray())).isEqualByComparingTo(total);
        MvcResult monthExport = call("gm", get("/api/v1/commission-statements/export.xlsx?month=" + MONTH), null);
        assertThat(subtotalOf(monthExport.getResponse().getContentAsByteArray(), "张伟")).isEqualByComparingTo(total);

        assertThat(call("consultant1", get("/api/v1/commission-statements/" + id), null).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(call("consultant2", get("/api/v1/commission-statements/" + id), null).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(call("consultant2", get("/api/v1/commission-statements/" + id + "/export.xlsx"), null)
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(call("consultant2", get("/api/v1/commission-statements?month=" + MONTH), null)
                .getResponse().getContentAsString()).doesNotContain("\"id\":" + id + ",");

        JsonNode marginNow = json(call("gm", get("/api/v1/commission-rules/" + marginRule), null));
        String changed = rule("毛利提成", "MARGIN_PERCENT", "\"rate\":12", from).replace("}",
                ",\"version\":" + marginNow.get("version").asLong() + "}");
        MvcResult inUse = call("gm", put("/api/v1/commission-rules/" + marginRule), changed);
        assertThat(inUse.getResponse().getStatus()).as("a rule an approved statement used").isEqualTo(422);
        assertThat(inUse.getResponse().getContentAsString()).contains(MONTH.plusMonths(1).atDay(1).toString());
        JsonNode successor = json(call("gm", put("/api/v1/commission-rules/" + marginRule),
                changed.replace("}", ",\"effectiveFrom\":\"" + MONTH.plusMonths(1).atDay(1) + "\"}")));
        assertThat(successor.get("id").asLong()).isNotEqualTo(marginRule);
        assertThat(successor.get("rate").decimalValue()).isEqualByComparingTo("12");
        assertThat(json(call("gm", get("/api/v1/commission-rules/" + marginRule), null)).get("validTo").asString())
                .isEqualTo(MONTH.atEndOfMonth().toString());
        assertThat(json(call("gm", get("/api/v1/commission-statements/" + id), null)).get("total").decimalValue())
                .isEqualByComparingTo(total);
    }

    @Test
    void theGeneralManagerReturnsAStatementWithAComment() throws Exception {
        String month = "2025-07";
        createRule("gm", rule("七月单车", "PER_UNIT", "\"amount\":100", month + "-01").replace("}",
                ",\"validTo\":\"" + month + "-31\"}"));
        json(call("salesmanager", post("/api/v1/commission-statements/generation"), "{\"month\":\"" + month + "\"}"));
        Long id = statementOf("salesmanager", employeeOf("consultant2"), month);
        JsonNode draft = json(call("salesmanager", get("/api/v1/commission-statements/" + id), null));
        json(call("salesmanager", post("/api/v1/commission-statements/" + id + "/submission"),
                "{\"version\":" + draft.get("version").asLong() + "}"));
        assertThat(call("salesmanager", post("/api/v1/commission-statements/" + id + "/decision"),
                "{\"decision\":\"APPROVE\"}").getResponse().getStatus())
                .as("the sales manager is not the approver").isEqualTo(422);

        json(call("gm", post("/api/v1/commission-statements/" + id + "/decision"),
                "{\"decision\":\"RETURN\",\"comment\":\"请核对七月交车\"}"));
        await().atMost(Duration.ofSeconds(15)).until(() -> "DRAFT".equals(jdbc.queryForObject(
                "select status from commission_statement where id = ?", String.class, id)));
        JsonNode returned = json(call("salesmanager", get("/api/v1/commission-statements/" + id), null));
        assertThat(returned.get("returnComment").asString()).isEqualTo("请核对七月交车");
        assertThat(call("salesmanager", post("/api/v1/commission-statements/" + id + "/recalculation"),
                "{\"version\":" + returned.get("version").asLong() + "}").getResponse().getStatus())
                .as("a returned statement is a draft again").isEqualTo(200);
    }

    /** Each line of the contract by kind, worked out from its sale row the way the rules above read. */
    /** The tiers "0:0; 80:100; 100:120" as a factor: 1 without a target. */
    private static BigDecimal tierFactor(BigDecimal attainment) {
        if (attainment == null) {
            return BigDecimal.ONE;
        }
        return attainment.compareTo(BigDecimal.valueOf(100)) >= 0 ? new BigDecimal("1.2")
                : attainment.compareTo(BigDecimal.valueOf(80)) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    private Map<String, BigDecimal> expectedLines(Long contractId, BigDecimal factor) {
        Map<String, Object> sale = jdbc.queryForMap("select * from performance_sale where contract_id = ?", contractId);
        BigDecimal margin = (BigDecimal) sale.get("gross_margin");
        BigDecimal insurance = (BigDecimal) sale.get("insurance");
        BigDecimal packages = (BigDecimal) sale.get("packages_total");
        BigDecimal discount = (BigDecimal) sale.get("discount_percent");
        Map<String, BigDecimal> lines = new HashMap<>();
        lines.put("PER_UNIT", PER_UNIT.multiply(factor).setScale(2, RoundingMode.HALF_UP));
        if (margin.signum() != 0) {
            lines.put("MARGIN_PERCENT", margin.multiply(MARGIN_RATE).divide(BigDecimal.valueOf(100)).multiply(factor)
                    .setScale(2, RoundingMode.HALF_UP));
        }
        if (insurance.signum() != 0) {
            lines.put("INSURANCE_PERCENT", percentOf(insurance, INSURANCE_RATE));
        }
        if (packages.signum() != 0) {
            lines.put("PACKAGES_PERCENT", percentOf(packages, PACKAGES_RATE));
        }
        if ("FINANCE".equals(sale.get("payment_method"))) {
            lines.put("FINANCE_BONUS", FINANCE_BONUS);
        }
        if (discount.compareTo(PENALTY_ABOVE) > 0) {
            lines.put("DISCOUNT_PENALTY", PENALTY.negate());
        }
        return lines;
    }

    /** Every delivery of the employee this month (other tests deliver too), each worked out as above. */
    private BigDecimal expectedTotalOf(Long employeeId, BigDecimal factor) {
        return jdbc.queryForList("select contract_id from performance_sale where employee_id = ? and delivered_on between ? and ?",
                        Long.class, employeeId, MONTH.atDay(1), MONTH.atEndOfMonth()).stream()
                .flatMap(c -> expectedLines(c, factor).values().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal percentOf(BigDecimal base, BigDecimal rate) {
        return base.multiply(rate).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal lastRowAmount(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("员工");
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
            return BigDecimal.valueOf(last.getCell(amountColumn(sheet)).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
        }
    }

    private static BigDecimal subtotalOf(byte[] xlsx, String employee) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getCell(0) != null && employee.equals(row.getCell(0).getStringCellValue()) && row.getCell(2) != null
                        && "小计".equals(row.getCell(2).getStringCellValue())) {
                    return BigDecimal.valueOf(row.getCell(amountColumn(sheet)).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
                }
            }
            throw new AssertionError("no subtotal for " + employee);
        }
    }

    private static int amountColumn(Sheet sheet) {
        for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
            if ("提成金额".equals(sheet.getRow(0).getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no amount column");
    }

    private static String rule(String name, String kind, String terms, String validFrom) {
        return "{\"name\":\"" + name + "\",\"positionCode\":\"sales-consultant\",\"kind\":\"" + kind + "\"," + terms
                + ",\"validFrom\":\"" + validFrom + "\"}";
    }

    private JsonNode createRule(String user, String body) throws Exception {
        MvcResult result = call(user, post("/api/v1/commission-rules"), body);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return json(result);
    }

    private Long statementOf(String user, Long employeeId) throws Exception {
        return statementOf(user, employeeId, MONTH.toString());
    }

    private Long statementOf(String user, Long employeeId, String month) throws Exception {
        for (JsonNode s : json(call(user, get("/api/v1/commission-statements?month=" + month), null))) {
            if (s.get("employeeId").asLong() == employeeId) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("no statement for employee " + employeeId);
    }

    private Long contractOf(Long deliveryId) {
        return jdbc.queryForObject("select contract_id from delivery where id = ?", Long.class, deliveryId);
    }

    private Long employeeOf(String username) {
        return jdbc.queryForObject("select employee_id from app_user where username = ?", Long.class, username);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private MvcResult call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        request.header("Authorization", "Bearer " + api.tokenFor(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn();
    }

    private static JsonNode json(MvcResult result) throws Exception {
        if (result.getResponse().getStatus() >= 300) {
            throw new AssertionError(result.getRequest().getRequestURI() + " answered " + result.getResponse().getStatus()
                    + ": " + result.getResponse().getContentAsString());
        }
        return ApiClient.json(result.getResponse().getContentAsString());
    }
}
