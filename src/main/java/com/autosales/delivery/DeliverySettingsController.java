package com.autosales.delivery;

import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 交车检查项设置 — the PDI, ceremony and handover items (sales administrators: the GM, admins). */
@Controller
@RequiresPermission("sales:admin")
class DeliverySettingsController {

    private static final String PAGE = "/deliveries/settings";

    private final ChecklistSettings settings;
    private final FlashOutcome flash;

    DeliverySettingsController(ChecklistSettings settings, FlashOutcome flash) {
        this.settings = settings;
        this.flash = flash;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("items", settings.items());
        model.addAttribute("stages", ChecklistStage.values());
        return "delivery/settings";
    }

    @PostMapping(PAGE + "/items")
    String add(@RequestParam(required = false) ChecklistStage stage, @RequestParam(required = false) String label,
            @RequestParam(required = false) String labelEn, @RequestParam(required = false) Integer position,
            @RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        return flash.run(null, redirect, PAGE, "delivery.settings.saved", () -> {
            settings.add(stage, label, labelEn, position, required);
            return PAGE;
        });
    }

    @PostMapping(PAGE + "/items/{id}")
    String change(@PathVariable Long id, @RequestParam(required = false) String label,
            @RequestParam(required = false) String labelEn, @RequestParam(required = false) Integer position,
            @RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        return flash.run(null, redirect, PAGE, "delivery.settings.saved", () -> {
            settings.change(id, label, labelEn, position, required);
            return PAGE;
        });
    }

    @PostMapping(PAGE + "/items/{id}/retire")
    String retire(@PathVariable Long id, RedirectAttributes redirect) {
        return flash.run(null, redirect, PAGE, "delivery.settings.retired", () -> {
            settings.retire(id);
            return PAGE;
        });
    }
}
