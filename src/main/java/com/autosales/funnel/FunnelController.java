package com.autosales.funnel;

import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** 销售漏斗 — the funnel page (chart, stages, per consultant and source) and the records behind each number. */
@Controller
@RequiresPermission("leads:view")
class FunnelController {

    private final FunnelReport report;
    private final MessageSource messages;

    FunnelController(FunnelReport report, MessageSource messages) {
        this.report = report;
        this.messages = messages;
    }

    @ModelAttribute("funnelSources")
    FunnelSource[] sources() {
        return FunnelSource.values();
    }

    @ModelAttribute("funnelStages")
    FunnelStage[] stages() {
        return FunnelStage.values();
    }

    @ModelAttribute("periodPresets")
    List<PeriodPreset> presets() {
        return List.of(PeriodPreset.TODAY, PeriodPreset.THIS_WEEK, PeriodPreset.THIS_MONTH, PeriodPreset.LAST_MONTH);
    }

    @GetMapping("/funnel")
    String overview(@ModelAttribute("filter") FunnelFilter filter, BindingResult binding, Locale locale, Model model) {
        FunnelFilter asked = readable(filter, binding, locale, model);
        try {
            FunnelOverview overview = report.overview(asked);
            FunnelFilter links = asked.over(overview.period());
            model.addAttribute("overview", overview);
            model.addAttribute("period", overview.period());
            model.addAttribute("links", links);
            model.addAttribute("chart", FunnelChart.json(overview.stages(), links,
                    stage -> messages.getMessage("funnel.stage." + stage, null, locale)));
        } catch (DomainException e) {
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
        }
        model.addAttribute("consultants", report.consultantChoices(safe(asked)));
        return "funnel/overview";
    }

    @GetMapping("/funnel/records")
    String records(@ModelAttribute("filter") FunnelFilter filter, BindingResult binding,
            @RequestParam FunnelStage stage, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        FunnelFilter asked = readable(filter, binding, locale, model);
        model.addAttribute("stage", stage);
        try {
            FunnelPeriod period = report.period(asked);
            FunnelFilter links = asked.over(period);
            model.addAttribute("period", period);
            model.addAttribute("links", links);
            model.addAttribute("records", report.records(links, stage, page));
        } catch (DomainException e) {
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
        }
        model.addAttribute("consultants", report.consultantChoices(safe(asked)));
        return "funnel/records";
    }

    /** A filter that could not be read (a malformed date, an unknown source) is told and replaced by the default. */
    private FunnelFilter readable(FunnelFilter filter, BindingResult binding, Locale locale, Model model) {
        if (!binding.hasErrors()) {
            return filter;
        }
        model.addAttribute("errorMessage", messages.getMessage("error.funnel.filter-unreadable", null, locale));
        model.addAttribute("filter", FunnelFilter.none());
        return FunnelFilter.none();
    }

    /** The filter without a period that cannot be (for the consultant picker under an error). */
    private FunnelFilter safe(FunnelFilter filter) {
        try {
            report.period(filter);
            return filter;
        } catch (DomainException e) {
            return filter.withPreset(PeriodPreset.THIS_MONTH);
        }
    }
}
