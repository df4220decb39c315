package com.autosales.scorecards;

import com.autosales.shared.DomainException;
import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.RequiresPermission;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 绩效考核 pages: the evaluations (a person's history), one evaluation with its actions, and the templates. */
@Controller
@RequiresPermission("targets:view")
class ScorecardController {

    private final EvaluationManagement evaluations;
    private final TemplateManagement templates;
    private final FlashOutcome flash;
    private final Clock clock;

    ScorecardController(EvaluationManagement evaluations, TemplateManagement templates, FlashOutcome flash, Clock clock) {
        this.evaluations = evaluations;
        this.templates = templates;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/scorecards")
    String list(@RequestParam(required = false) Long employee, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("evaluations", evaluations.list(employee, period, page));
        model.addAttribute("employee", employee);
        model.addAttribute("period", period);
        model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1).toString());
        model.addAttribute("base", "/scorecards?" + (employee == null ? "" : "employee=" + employee + "&")
                + (period == null || period.isBlank() ? "" : "period=" + period + "&"));
        return "scorecards/list";
    }

    @PostMapping("/scorecards/generate")
    @RequiresPermission("targets:edit")
    String generate(@RequestParam(required = false) String period, RedirectAttributes redirect) {
        return flash.run(null, redirect, "/scorecards", "scorecards.generated", () -> {
            List<EvaluationView> done = evaluations.generate(period, null);
            return "/scorecards?period=" + done.get(0).period();
        });
    }

    @GetMapping("/scorecards/{id}")
    String show(@PathVariable Long id, Model model) {
        EvaluationView evaluation = evaluations.get(id);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("mine", evaluations.isMine(evaluation));
        return "scorecards/show";
    }

    @PostMapping("/scorecards/{id}/recompute")
    @RequiresPermission("targets:edit")
    String recompute(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return flash.run(null, redirect, "/scorecards/" + id, "scorecards.recomputed", () -> {
            evaluations.recompute(id, version);
            return "/scorecards/" + id;
        });
    }

    @PostMapping("/scorecards/{id}/manual")
    @RequiresPermission("targets:edit")
    String manual(@PathVariable Long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return flash.run(null, redirect, "/scorecards/" + id, "scorecards.manual-saved", () -> {
            Map<Indicator, BigDecimal> scores = new EnumMap<>(Indicator.class);
            for (Indicator indicator : Indicator.values()) {
                String text = form.get("score_" + indicator.name());
                if (indicator.manual() && text != null && !text.isBlank()) {
                    scores.put(indicator, number(text, indicator));
                }
            }
            evaluations.enterManual(id, scores, form.get("comment"), version(form));
            return "/scorecards/" + id;
        });
    }

    @PostMapping("/scorecards/{id}/submit")
    @RequiresPermission("targets:edit")
    String submit(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return flash.run(null, redirect, "/scorecards/" + id, "scorecards.submitted", () -> {
            evaluations.submit(id, version);
            return "/scorecards/" + id;
        });
    }

    @PostMapping("/scorecards/{id}/acknowledge")
    String acknowledge(@PathVariable Long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return flash.run(null, redirect, "/scorecards/" + id, "scorecards.acknowledged", () -> {
            evaluations.acknowledge(id, comment);
            return "/scorecards/" + id;
        });
    }

    @GetMapping("/scorecards/templates")
    String templates(Model model) {
        model.addAttribute("templates", templates.current());
        model.addAttribute("positions", templates.positions());
        return "scorecards/templates";
    }

    @GetMapping("/scorecards/templates/{position}")
    String template(@PathVariable String position, Model model) {
        model.addAttribute("template", templates.ofPosition(position).orElse(null));
        model.addAttribute("position", templates.positions().stream().filter(p -> p.code().equals(position))
                .findFirst().orElseThrow());
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("rules", RuleKind.values());
        return "scorecards/template";
    }

    @PostMapping("/scorecards/templates/{position}")
    @RequiresPermission("targets:edit")
    String saveTemplate(@PathVariable String position, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        String back = "/scorecards/templates/" + position;
        return flash.run(null, redirect, back, "scorecards.template-saved", () -> {
            List<TemplateForm.Line> lines = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                String weight = form.get("weight_" + indicator.name());
                if (weight == null || weight.isBlank()) {
                    continue;
                }
                String rule = form.getOrDefault("rule_" + indicator.name(), RuleKind.LINEAR_TO_CAP.name());
                RuleKind kind = RuleKind.THRESHOLDS.name().equals(rule) ? RuleKind.THRESHOLDS : RuleKind.LINEAR_TO_CAP;
                lines.add(new TemplateForm.Line(indicator, number(weight, indicator).intValue(),
                        optionalNumber(form.get("target_" + indicator.name()), indicator), kind,
                        optionalNumber(form.get("cap_" + indicator.name()), indicator),
                        Threshold.parse(form.get("thresholds_" + indicator.name()))));
            }
            templates.save(position, new TemplateForm(form.get("name"), lines, version(form)));
            return back;
        });
    }

    private static Long version(Map<String, String> form) {
        String text = form.get("version");
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal optionalNumber(String text, Indicator indicator) {
        return text == null || text.isBlank() ? null : number(text, indicator);
    }

    private static BigDecimal number(String text, Indicator indicator) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("scorecards.number-invalid", indicator.label());
        }
    }
}
