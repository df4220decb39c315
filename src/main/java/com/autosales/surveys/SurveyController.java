package com.autosales.surveys;

import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 满意度回访 pages: customer service's list of surveys to call, the score form, and the averages per consultant. */
@Controller
@RequiresPermission("service:view")
class SurveyController {

    private final SurveyManagement surveys;
    private final FlashOutcome flash;

    SurveyController(SurveyManagement surveys, FlashOutcome flash) {
        this.surveys = surveys;
        this.flash = flash;
    }

    @GetMapping("/surveys")
    String list(@RequestParam(required = false) SurveyStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        SurveyStatus shown = status == null ? SurveyStatus.SCHEDULED : status;
        model.addAttribute("surveys", surveys.list(shown, false, page));
        model.addAttribute("averages", surveys.averages());
        model.addAttribute("statuses", SurveyStatus.values());
        model.addAttribute("status", shown);
        model.addAttribute("base", "/surveys?status=" + shown + "&");
        return "surveys/list";
    }

    @GetMapping("/surveys/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("survey", surveys.get(id));
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", SurveyAnswers.blank());
        }
        return "surveys/show";
    }

    @PostMapping("/surveys/{id}")
    @RequiresPermission("service:edit")
    String answer(@PathVariable Long id, @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("answers") SurveyAnswers answers, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("survey", surveys.get(id));
            model.addAttribute("errorKey", "error.surveys.scores-required");
            return "surveys/show";
        }
        return flash.run(null, redirect, "/surveys/" + id, "surveys.saved", () -> {
            surveys.answer(id, version, answers);
            return "/surveys";
        });
    }

    @PostMapping("/surveys/{id}/not-reached")
    @RequiresPermission("service:edit")
    String notReached(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return flash.run(null, redirect, "/surveys/" + id, "surveys.not-reached-saved", () -> {
            surveys.notReached(id, version);
            return "/surveys";
        });
    }
}
