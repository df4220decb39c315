package com.autosales.payments;

import com.autosales.shared.web.RequiresPermission;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 拖欠分析 page: overdue money by cause, its trend over the last month-ends, and the customers who owe most. */
@Controller
@RequiresPermission("payments:view")
class ArrearsController {

    private final ArrearsManagement arrears;
    private final MessageSource messages;

    ArrearsController(ArrearsManagement arrears, MessageSource messages) {
        this.arrears = arrears;
        this.messages = messages;
    }

    @GetMapping("/receivables/arrears")
    String analysis(Locale locale, Model model) {
        ArrearsAnalysis analysis = arrears.analysis();
        model.addAttribute("analysis", analysis);
        model.addAttribute("causeChart", ArrearsChart.causes(analysis,
                cause -> messages.getMessage("payments.cause." + (cause == null ? "none" : cause.name()), null, locale)));
        model.addAttribute("trendChart", ArrearsChart.trend(analysis));
        return "payments/arrears";
    }
}
