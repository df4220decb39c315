package com.autosales.sales;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import com.autosales.shared.web.RequiresPermission;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The discount authority table of the current store; an empty limit means that limit does not apply. */
@Controller
@RequiresPermission("sales:admin")
class DiscountAuthorityController {

    private final DiscountAuthoritySettings settings;

    DiscountAuthorityController(DiscountAuthoritySettings settings) {
        this.settings = settings;
    }

    @GetMapping("/quotes/settings")
    String show(Model model) {
        model.addAttribute("rows", settings.table());
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
}
