package com.autosales.vehicles;

import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 车辆入库 — the clerk's receipt form: one vehicle or many of a trim and colours, one "VIN 发动机号" a line. */
@Controller
@RequiresPermission("vehicles:create")
class StockReceiptController {

    private final StockReceiving receiving;
    private final StockVehicles vehicles;
    private final StockViews views;
    private final VehicleCatalogue catalogue;

    StockReceiptController(StockReceiving receiving, StockVehicles vehicles, StockViews views, VehicleCatalogue catalogue) {
        this.receiving = receiving;
        this.vehicles = vehicles;
        this.views = views;
        this.catalogue = catalogue;
    }

    @GetMapping("/vehicles/stock/new")
    String form(Model model, Locale locale) {
        model.addAttribute("receiptForm", ReceiptForm.blank(views.today()));
        return page(model, locale);
    }

    @PostMapping("/vehicles/stock/new")
    String receive(@Valid @ModelAttribute("receiptForm") ReceiptForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                List<Long> ids = receiving.receive(form);
                redirect.addFlashAttribute("successKey", "vehicles.received");
                long filled = vehicles.countByIdInAndFactoryOrderIdIsNotNull(ids);
                if (filled > 0) {
                    redirect.addFlashAttribute("filledOrders", filled);
                }
                return "redirect:/vehicles/stock?received=" + ids.size();
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        return page(model, locale);
    }

    private String page(Model model, Locale locale) {
        model.addAttribute("trims", catalogue.allTrims(locale).stream().filter(TrimSummary::active).toList());
        model.addAttribute("receivable", StockStatus.RECEIVABLE);
        return "vehicles/receive";
    }
}
