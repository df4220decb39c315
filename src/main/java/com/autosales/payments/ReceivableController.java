package com.autosales.payments;

import com.autosales.shared.web.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 应收款: contracts with money due, their next due date and days overdue, and the ageing by bucket, customer, consultant. */
@Controller
@RequiresPermission("payments:view")
class ReceivableController {

    private final ReceivableManagement receivables;

    ReceivableController(ReceivableManagement receivables) {
        this.receivables = receivables;
    }

    @GetMapping("/receivables")
    String list(@RequestParam(defaultValue = "true") boolean openOnly, Model model) {
        model.addAttribute("accounts", receivables.list(openOnly));
        model.addAttribute("ageing", receivables.ageing());
        model.addAttribute("buckets", AgeingBucket.values());
        model.addAttribute("openOnly", openOnly);
        return "payments/receivables";
    }
}
