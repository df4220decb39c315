package com.autosales.targets;

import com.autosales.approvals.Decision;
import com.autosales.performance.PerformanceMetric;
import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sales plans over the API: the same rules, permissions and visibility as the pages (a consultant sees only himself). */
@RestController
@RequestMapping("/api/v1/sales-plans")
@Tag(name = "Sales plans")
@RequiresPermission("targets:view")
class SalesPlanRestController {

    record NewPlanBody(Long storeId, Integer year) {
    }

    record SplitBody(PerformanceMetric metric, BigDecimal annual, SplitMode mode, Long version) {
    }

    record MonthsBody(PerformanceMetric metric, List<BigDecimal> months, Long version) {
    }

    record EvenSplitBody(PerformanceMetric metric, Long version) {
    }

    record VersionBody(Long version) {
    }

    record DecisionBody(Decision decision, String comment) {
    }

    private final SalesPlanManagement plans;
    private final PlanProgress progress;

    SalesPlanRestController(SalesPlanManagement plans, PlanProgress progress) {
        this.plans = plans;
        this.progress = progress;
    }

    @GetMapping
    @Operation(summary = "Plans of the stores in my scope, newest year first; filter year")
    PageResponse<PlanSummary> list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(plans.list(year, page));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission("targets:edit")
    @Operation(summary = "A new plan (version 1, draft) for a store (default: my working store) and year, with the "
            + "organisation's tree as it stands")
    PlanView create(@RequestBody NewPlanBody body) {
        return plans.create(body.storeId(), body.year());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plan with the rows of its tree I may see: monthly targets, quarters, year and what is unallocated")
    PlanView get(@PathVariable Long id) {
        return plans.get(id);
    }

    @PostMapping("/{id}/split")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Set the store's year figure of a metric and spread it over the months: EVEN or SEASONAL "
            + "(last year's actual months)")
    PlanView split(@PathVariable Long id, @RequestBody SplitBody body) {
        return plans.splitYear(id, body.version(), body.metric(), body.annual(), body.mode());
    }

    @PutMapping("/{id}/nodes/{nodeId}/targets")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Set a node's twelve months of a metric by hand")
    PlanView setMonths(@PathVariable Long id, @PathVariable Long nodeId, @RequestBody MonthsBody body) {
        return plans.setMonths(id, body.version(), nodeId, body.metric(), body.months());
    }

    @PostMapping("/{id}/nodes/{nodeId}/even-split")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Split the node's months evenly among its children (one metric, or all five without one)")
    PlanView evenSplit(@PathVariable Long id, @PathVariable Long nodeId, @RequestBody EvenSplitBody body) {
        return plans.splitAmongChildren(id, body.version(), nodeId, body.metric());
    }

    @PostMapping("/{id}/submit")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Submit to the store's general manager; refused while anything is unallocated or over-allocated")
    PlanView submit(@PathVariable Long id, @RequestBody VersionBody body) {
        return plans.submit(id, body.version());
    }

    @PostMapping("/{id}/decision")
    @RequiresPermission("targets:approve")
    @Operation(summary = "The approver approves or returns (comment required) the submitted plan, through the approvals module")
    PlanView decide(@PathVariable Long id, @RequestBody DecisionBody body) {
        return plans.decide(id, body.decision(), body.comment());
    }

    @PostMapping("/{id}/revise")
    @RequiresPermission("targets:edit")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Revise the approved plan: version N+1 as a draft copy; the approved one stays in force until then")
    PlanView revise(@PathVariable Long id, @RequestBody VersionBody body) {
        return plans.revise(id, body.version());
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "Actual against target of every node I may see for a metric (default DELIVERIES) and month: "
            + "the month, its quarter and the year to date, and one node's twelve months")
    ProgressView progress(@PathVariable Long id, @RequestParam(required = false) PerformanceMetric metric,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) Long node) {
        return progress.of(id, metric, month, node);
    }
}
