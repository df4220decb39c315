package com.autosales.scorecards;

import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** KPI scorecards over the API: templates, evaluations, the employee's acknowledgement; scope as on the pages. */
@RestController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "Scorecards")
@RequiresPermission("targets:view")
class ScorecardRestController {

    record GenerateBody(String period, Long unitId) {
    }

    record VersionBody(Long version) {
    }

    record ManualBody(Map<Indicator, BigDecimal> scores, String comment, Long version) {
    }

    record CommentBody(String comment) {
    }

    private final TemplateManagement templates;
    private final EvaluationManagement evaluations;

    ScorecardRestController(TemplateManagement templates, EvaluationManagement evaluations) {
        this.templates = templates;
        this.evaluations = evaluations;
    }

    @GetMapping("/templates")
    @Operation(summary = "The current template of every position that has one")
    List<TemplateView> templates() {
        return templates.current();
    }

    @GetMapping("/templates/{position}")
    @Operation(summary = "The current template of a position (position code, e.g. sales-consultant)")
    TemplateView template(@PathVariable String position) {
        return templates.ofPosition(position).orElseThrow(() -> new RecordNotFoundException("scorecard-template", position));
    }

    @PutMapping("/templates/{position}")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Save a position's template: weights add up to exactly 100; rule LINEAR_TO_CAP (cap) or"
            + " THRESHOLDS (from % → score); a version used by a finished evaluation makes a new version")
    TemplateView saveTemplate(@PathVariable String position, @RequestBody TemplateForm form) {
        return templates.save(position, form);
    }

    @GetMapping("/evaluations")
    @Operation(summary = "Evaluations in my scope, newest period first; employee = one person's history, period = 2026-12 or 2026-Q4")
    PageResponse<EvaluationView> evaluations(@RequestParam(required = false) Long employee,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(evaluations.list(employee, period, page));
    }

    @PostMapping("/evaluations")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Generate (or recompute the drafts of) the period's evaluations for the store I work in or one of its units")
    List<EvaluationView> generate(@RequestBody(required = false) GenerateBody body) {
        return evaluations.generate(body == null ? null : body.period(), body == null ? null : body.unitId());
    }

    @GetMapping("/evaluations/{id}")
    @Operation(summary = "An evaluation in my scope (404 elsewhere)")
    EvaluationView evaluation(@PathVariable Long id) {
        return evaluations.get(id);
    }

    @PostMapping("/evaluations/{id}/recompute")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Score a draft again from the facts with the position's current template")
    EvaluationView recompute(@PathVariable Long id, @RequestBody(required = false) VersionBody body) {
        return evaluations.recompute(id, body == null ? null : body.version());
    }

    @PutMapping("/evaluations/{id}/manual")
    @RequiresPermission("targets:edit")
    @Operation(summary = "The manager's scores (0–100) of the manual indicators (TEAMWORK, TRAINING) and comment, on a draft")
    EvaluationView manual(@PathVariable Long id, @RequestBody(required = false) ManualBody body) {
        ManualBody b = body == null ? new ManualBody(null, null, null) : body;
        return evaluations.enterManual(id, b.scores(), b.comment(), b.version());
    }

    @PostMapping("/evaluations/{id}/submit")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Submit a draft (every manual indicator scored); frozen from then on")
    EvaluationView submit(@PathVariable Long id, @RequestBody(required = false) VersionBody body) {
        return evaluations.submit(id, body == null ? null : body.version());
    }

    @PostMapping("/evaluations/{id}/acknowledge")
    @Operation(summary = "确认: the evaluated employee acknowledges a submitted evaluation, with an optional comment")
    EvaluationView acknowledge(@PathVariable Long id, @RequestBody(required = false) CommentBody body) {
        return evaluations.acknowledge(id, body == null ? null : body.comment());
    }
}
