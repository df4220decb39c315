package com.autosales.sales;

import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The store's contract terms template (sales:admin: GM and admin). */
@Controller
@RequiresPermission("sales:admin")
class ContractTermsController {

    private final ContractTermsSettings settings;
    private final FlashOutcome flash;

    ContractTermsController(ContractTermsSettings settings, FlashOutcome flash) {
        this.settings = settings;
        this.flash = flash;
    }

    @GetMapping("/contracts/template")
    String show(Model model) {
        model.addAttribute("terms", settings.current());
        return "sales/contracts/template";
    }

    @PostMapping("/contracts/template")
    String save(@RequestParam(required = false) String terms, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return flash.run(null, redirect, "/contracts/template", "sales.contract.template.saved", () -> {
            settings.save(terms, version);
            return "/contracts/template";
        });
    }
}
