package com.autosales.targets;

import com.autosales.approvals.Decision;
import com.autosales.performance.PerformanceMetric;
import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.QueryString;
import com.autosales.shared.web.RequiresPermission;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.time.Year;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** 销售计划 pages: the list, a new plan, the decomposition grid and the progress of a plan. */
@Controller
@RequiresPermission("targets:view")
class SalesPlanController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SalesPlanManagement plans;
    private final PlanProgress progress;
    private final FlashOutcome flash;
    private final Clock clock;

    SalesPlanController(SalesPlanManagement plans, PlanProgress progress, FlashOutcome flash, Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/sales-plans")
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("plans", plans.list(year, page));
        model.addAttribute("year", year);
        String query = new QueryString().add("year", year).toString();
        model.addAttribute("base", "/sales-plans?" + (query.isEmpty() ? "" : query + "&"));
        return "targets/list";
    }

    @GetMapping("/sales-plans/new")
    @RequiresPermission("targets:edit")
    String newPlan(Model model) {
        model.addAttribute("stores", plans.storesForPlans());
        model.addAttribute("nextYear", Year.now(clock).getValue() + 1);
        return "targets/new";
    }

    @PostMapping("/sales-plans/new")
    @RequiresPermission("targets:edit")
    String create(@RequestParam(required = false) Long storeId, @RequestParam(required = false) Integer year,
            RedirectAttributes redirect) {
        return flash.run(null, redirect, "/sales-plans/new", "targets.done.created",
                () -> "/sales-plans/" + plans.create(storeId, year).id());
    }

    @GetMapping("/sales-plans/{id}")
    String show(@PathVariable Long id, @RequestParam(required = false) PerformanceMetric metric, Model model) {
        PlanView plan = plans.get(id);
        PerformanceMetric shown = metric == null ? PerformanceMetric.DELIVERIES : PlanMetrics.require(metric);
        model.addAttribute("plan", plan);
        model.addAttribute("metric", shown);
        model.addAttribute("money", PlanMetrics.isMoney(shown));
        model.addAttribute("modes", SplitMode.values());
        model.addAttribute("monthNames", monthLabels());
        return "targets/show";
    }

    @PostMapping("/sales-plans/{id}/split")
    @RequiresPermission("targets:edit")
    String splitYear(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) PerformanceMetric metric, @RequestParam(required = false) String annual,
            @RequestParam(required = false) SplitMode mode, RedirectAttributes redirect) {
        return act(id, metric, redirect, "targets.done.split",
                () -> plans.splitYear(id, version, metric, Amounts.parse(annual), mode));
    }

    @PostMapping("/sales-plans/{id}/nodes/{nodeId}")
    @RequiresPermission("targets:edit")
    String setMonths(@PathVariable Long id, @PathVariable Long nodeId, @RequestParam(required = false) Long version,
            @RequestParam(required = false) PerformanceMetric metric,
            @RequestParam(name = "months", required = false) List<String> months, RedirectAttributes redirect) {
        return act(id, metric, redirect, "targets.done.saved",
                () -> plans.setMonths(id, version, nodeId, metric, Amounts.parseAll(months)));
    }

    @PostMapping("/sales-plans/{id}/nodes/{nodeId}/even")
    @RequiresPermission("targets:edit")
    String splitAmongChildren(@PathVariable Long id, @PathVariable Long nodeId, @RequestParam(required = false) Long version,
            @RequestParam(required = false) PerformanceMetric metric, RedirectAttributes redirect) {
        return act(id, metric, redirect, "targets.done.split-children",
                () -> plans.splitAmongChildren(id, version, nodeId, metric == null ? PerformanceMetric.DELIVERIES : metric));
    }

    @PostMapping("/sales-plans/{id}/submit")
    @RequiresPermission("targets:edit")
    String submit(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, null, redirect, "targets.done.submitted", () -> plans.submit(id, version));
    }

    @PostMapping("/sales-plans/{id}/decision")
    @RequiresPermission("targets:approve")
    String decide(@PathVariable Long id, @RequestParam(required = false) Decision decision,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, null, redirect, "targets.done.decided", () -> plans.decide(id, decision, comment));
    }

    @PostMapping("/sales-plans/{id}/revise")
    @RequiresPermission("targets:edit")
    String revise(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        String back = "/sales-plans/" + id;
        return flash.run(null, redirect, back, "targets.done.revised", () -> "/sales-plans/" + plans.revise(id, version).id());
    }

    @GetMapping("/sales-plans/{id}/progress")
    String progress(@PathVariable Long id, @RequestParam(required = false) PerformanceMetric metric,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) Long node, Model model) {
        ProgressView view = progress.of(id, metric, month, node);
        model.addAttribute("progress", view);
        model.addAttribute("metrics", PlanMetrics.ALL);
        model.addAttribute("money", PlanMetrics.isMoney(view.metric()));
        model.addAttribute("monthNames", monthLabels());
        model.addAttribute("chart", JSON.writeValueAsString(new Chart(monthLabels(), view.chartTargets(), view.chartActuals())));
        return "targets/progress";
    }

    /** What the progress chart draws: the twelve months' targets and actuals (null: month not begun). */
    record Chart(List<String> months, List<BigDecimal> targets, List<BigDecimal> actuals) {
    }

    private static List<String> monthLabels() {
        Locale locale = LocaleContextHolder.getLocale();
        return Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.SHORT, locale)).toList();
    }

    private String act(Long id, PerformanceMetric metric, RedirectAttributes redirect, String successKey,
            Supplier<PlanView> action) {
        String page = "/sales-plans/" + id + (metric == null ? "" : "?metric=" + metric);
        return flash.run(null, redirect, page, successKey, () -> {
            action.get();
            return page;
        });
    }
}
