package com.autosales.commission;

import com.autosales.approvals.Decision;
import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.RequiresPermission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 提成单 pages: a month's statements with each person's total, one statement with its explained lines, the steps. */
@Controller
@RequiresPermission("targets:view")
class CommissionStatementController {

    private final StatementManagement statements;
    private final StatementExcel excel;
    private final FlashOutcome flash;
    private final Clock clock;

    CommissionStatementController(StatementManagement statements, StatementExcel excel, FlashOutcome flash, Clock clock) {
        this.statements = statements;
        this.excel = excel;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/commission-statements")
    String list(@RequestParam(required = false) String month, Model model, RedirectAttributes redirect) {
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? YearMonth.now(clock) : Months.parse(month);
        } catch (com.autosales.shared.DomainException e) {
            shown = YearMonth.now(clock);
            model.addAttribute("errorKey", e.messageKey());
        }
        List<StatementSummary> rows = statements.month(shown);
        model.addAttribute("month", shown.toString());
        model.addAttribute("previous", shown.minusMonths(1).toString());
        model.addAttribute("next", shown.plusMonths(1).toString());
        model.addAttribute("statements", rows);
        model.addAttribute("total", rows.stream().map(StatementSummary::total).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP));
        return "commission/statements";
    }

    @PostMapping("/commission-statements/generate")
    @RequiresPermission("targets:edit")
    String generate(@RequestParam(required = false) String month, RedirectAttributes redirect) {
        String back = "/commission-statements" + (month == null || month.isBlank() ? "" : "?month=" + month.strip());
        return flash.run(null, redirect, back, "commission.generated", () -> {
            GenerationResult result = statements.generate(month);
            redirect.addFlashAttribute("generated", result);
            return "/commission-statements?month=" + result.month();
        });
    }

    @GetMapping("/commission-statements/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("statement", statements.get(id));
        model.addAttribute("kinds", CommissionKind.values());
        return "commission/statement";
    }

    @PostMapping("/commission-statements/{id}/recalculation")
    @RequiresPermission("targets:edit")
    String recalculate(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "commission.recalculated", () -> statements.recalculate(id, version));
    }

    @PostMapping("/commission-statements/{id}/adjustments")
    @RequiresPermission("targets:edit")
    String adjust(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "commission.adjusted", () -> statements.adjust(id, version, amount, reason));
    }

    @PostMapping("/commission-statements/{id}/submission")
    @RequiresPermission("targets:edit")
    String submit(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "commission.submitted", () -> statements.submit(id, version));
    }

    @PostMapping("/commission-statements/{id}/decision")
    @RequiresPermission("targets:approve")
    String decide(@PathVariable Long id, @RequestParam(required = false) Decision decision,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, redirect, "commission.decided", () -> statements.decide(id, decision, comment));
    }

    @GetMapping("/commission-statements/export.xlsx")
    ResponseEntity<byte[]> exportMonth(@RequestParam(required = false) String month) {
        YearMonth m = month == null || month.isBlank() ? YearMonth.now(clock) : Months.parse(month);
        return CommissionStatementRestController.xlsx("commission-" + m + ".xlsx",
                excel.render(m.toString(), statements.monthInFull(m)));
    }

    @GetMapping("/commission-statements/{id}/export.xlsx")
    ResponseEntity<byte[]> exportOne(@PathVariable Long id) {
        StatementView s = statements.get(id);
        return CommissionStatementRestController.xlsx("commission-" + s.month() + "-" + s.employeeId() + ".xlsx",
                excel.render(s.month() + " " + s.employeeName(), List.of(s)));
    }

    private String act(Long id, RedirectAttributes redirect, String successKey, Runnable action) {
        String page = "/commission-statements/" + id;
        return flash.run(null, redirect, page, successKey, () -> {
            action.run();
            return page;
        });
    }
}
