package com.autosales.sales;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.RequiresPermission;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quote settings of the current store: the discount authority table (an empty limit means that limit does not
 * apply) and the quote terms (validity, commission rates).
 */
@Controller
@RequiresPermission("sales:admin")
class DiscountAuthorityController {

    private final DiscountAuthoritySettings settings;
    private final QuoteTermsSettings terms;
    private final FlashOutcome flash;

    DiscountAuthorityController(DiscountAuthoritySettings settings, QuoteTermsSettings terms, FlashOutcome flash) {
        this.settings = settings;
        this.terms = terms;
        this.flash = flash;
    }

    @GetMapping("/quotes/settings")
    String show(Model model) {
        model.addAttribute("rows", settings.table());
        model.addAttribute("terms", terms.current());
        return "sales/settings";
    }

    @PostMapping("/quotes/settings")
    String change(@RequestParam Long positionId, @RequestParam(required = false) BigDecimal maxPercent,
            @RequestParam(required = false) BigDecimal maxAmount, RedirectAttributes redirect) {
        settings.change(positionId, new DiscountAuthority(maxPercent == null ? null : Percentage.of(maxPercent),
                maxAmount == null ? null : Money.of(maxAmount)));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/quotes/settings";
    }

    @PostMapping("/quotes/settings/terms")
    String changeTerms(@RequestParam(required = false) Integer validityDays,
            @RequestParam(required = false) BigDecimal insuranceCommission,
            @RequestParam(required = false) BigDecimal financeCommission, RedirectAttributes redirect) {
        return flash.run(null, redirect, "/quotes/settings", "sales.settings.terms.saved", () -> {
            terms.change(validityDays, insuranceCommission, financeCommission);
            return "/quotes/settings";
        });
    }
}
