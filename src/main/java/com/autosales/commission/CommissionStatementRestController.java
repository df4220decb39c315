package com.autosales.commission;

import com.autosales.approvals.Decision;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Commission statements over the API: the same steps, permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/commission-statements")
@Tag(name = "Commission statements")
@RequiresPermission("targets:view")
class CommissionStatementRestController {

    record MonthBody(String month) {
    }

    record VersionBody(Long version) {
    }

    record AdjustmentBody(BigDecimal amount, String reason, Long version) {
    }

    record DecisionBody(Decision decision, String comment) {
    }

    private final StatementManagement statements;
    private final StatementExcel excel;
    private final Clock clock;

    CommissionStatementRestController(StatementManagement statements, StatementExcel excel, Clock clock) {
        this.statements = statements;
        this.excel = excel;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The statements of a month (yyyy-MM, default this month) in my scope, with totals")
    List<StatementSummary> list(@RequestParam(required = false) String month) {
        return statements.month(monthOr(month));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A statement with its explained lines, adjustments, totals per kind and grand total")
    StatementView get(@PathVariable Long id) {
        return statements.get(id);
    }

    @PostMapping("/generation")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Calculate a month (body {\"month\":\"2026-12\"}) for everyone in my scope of the working store;"
            + " drafts are recalculated, submitted and approved statements left alone")
    GenerationResult generate(@RequestBody(required = false) MonthBody body) {
        return statements.generate(body == null ? null : body.month());
    }

    @PostMapping("/{id}/recalculation")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Recalculate a draft; refused (422) once submitted or approved")
    StatementView recalculate(@PathVariable Long id, @RequestBody(required = false) VersionBody body) {
        return statements.recalculate(id, body == null ? null : body.version());
    }

    @PostMapping("/{id}/adjustments")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Add an adjustment line (positive or negative amount) with its reason to a draft")
    StatementView adjust(@PathVariable Long id, @RequestBody AdjustmentBody body) {
        return statements.adjust(id, body.version(), body.amount(), body.reason());
    }

    @PostMapping("/{id}/submission")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Submit the draft to the store's general manager (approvals inbox)")
    StatementView submit(@PathVariable Long id, @RequestBody(required = false) VersionBody body) {
        return statements.submit(id, body == null ? null : body.version());
    }

    @PostMapping("/{id}/decision")
    @RequiresPermission("targets:approve")
    @Operation(summary = "The general manager approves or returns (comment required) the submitted statement;"
            + " the same as deciding it in /api/v1/approvals")
    StatementView decide(@PathVariable Long id, @RequestBody DecisionBody body) {
        statements.decide(id, body.decision(), body.comment());
        return statements.get(id);
    }

    @GetMapping(value = "/export.xlsx")
    @Operation(summary = "The month's statements in my scope as one Excel sheet for payroll")
    ResponseEntity<byte[]> exportMonth(@RequestParam(required = false) String month) {
        YearMonth m = monthOr(month);
        return xlsx("commission-" + m + ".xlsx", excel.render(m.toString(), statements.monthInFull(m)));
    }

    @GetMapping(value = "/{id}/export.xlsx")
    @Operation(summary = "One statement as an Excel sheet")
    ResponseEntity<byte[]> exportOne(@PathVariable Long id) {
        StatementView s = statements.get(id);
        return xlsx("commission-" + s.month() + "-" + s.employeeId() + ".xlsx",
                excel.render(s.month() + " " + s.employeeName(), List.of(s)));
    }

    private YearMonth monthOr(String month) {
        return month == null || month.isBlank() ? YearMonth.now(clock) : Months.parse(month);
    }

    static ResponseEntity<byte[]> xlsx(String filename, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(StatementExcel.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(bytes);
    }
}
