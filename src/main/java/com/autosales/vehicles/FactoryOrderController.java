package com.autosales.vehicles;

import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 月度订单 — the list of factory orders, an order's page (edit while open, approval, confirm) and its exports. */
@Controller
@RequiresPermission("vehicles:view")
class FactoryOrderController {

    private static final String LIST = "/vehicles/factory-orders";

    private final FactoryOrderQueries queries;
    private final FactoryOrdering ordering;
    private final FactoryOrderConfirmation confirmation;
    private final FactoryOrderExport export;
    private final VehicleCatalogue catalogue;
    private final FlashOutcome outcome;

    FactoryOrderController(FactoryOrderQueries queries, FactoryOrdering ordering, FactoryOrderConfirmation confirmation,
            FactoryOrderExport export, VehicleCatalogue catalogue, FlashOutcome outcome) {
        this.queries = queries;
        this.ordering = ordering;
        this.confirmation = confirmation;
        this.export = export;
        this.catalogue = catalogue;
        this.outcome = outcome;
    }

    @GetMapping(LIST)
    String list(@RequestParam(required = false) FactoryOrderStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("orders", queries.list(status, PageRequest.of(Math.max(0, page), StockController.PAGE_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", FactoryOrderStatus.values());
        model.addAttribute("nextMonth", ordering.nextMonth());
        return "vehicles/factory-orders";
    }

    @PostMapping(LIST)
    @RequiresPermission("vehicles:create")
    String draft(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            RedirectAttributes redirect) {
        return outcome.run(null, redirect, LIST, "vehicles.order.drafted",
                () -> LIST + "/" + ordering.draft(month == null ? ordering.nextMonth() : month));
    }

    @GetMapping(LIST + "/{id}")
    String show(@PathVariable Long id, Model model, Locale locale) {
        model.addAttribute("order", queries.get(id));
        model.addAttribute("pendingApproval", queries.pendingApproval(id).orElse(null));
        model.addAttribute("trims", catalogue.allTrims(locale).stream().filter(TrimSummary::active).toList());
        return "vehicles/factory-order";
    }

    @PostMapping(LIST + "/{id}/lines")
    @RequiresPermission("vehicles:create")
    String order(@PathVariable Long id, @Valid @ModelAttribute OrderQuantitiesForm form, BindingResult errors,
            RedirectAttributes redirect) {
        return run(id, errors, redirect, "vehicles.order.saved", () -> ordering.order(id, form));
    }

    @PostMapping(LIST + "/{id}/lines/new")
    @RequiresPermission("vehicles:create")
    String addLine(@PathVariable Long id, @Valid @ModelAttribute OrderLineForm form, BindingResult errors,
            RedirectAttributes redirect) {
        return run(id, errors, redirect, "vehicles.order.line-added", () -> ordering.addLine(id, form));
    }

    @PostMapping(LIST + "/{id}/refresh")
    @RequiresPermission("vehicles:create")
    String refresh(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return run(id, null, redirect, "vehicles.order.refreshed", () -> ordering.refresh(id, version));
    }

    @PostMapping(LIST + "/{id}/submit")
    @RequiresPermission("vehicles:create")
    String submit(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return run(id, null, redirect, "vehicles.order.submitted", () -> ordering.submit(id, version, note));
    }

    @PostMapping(LIST + "/{id}/confirm")
    @RequiresPermission("vehicles:edit")
    String confirm(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return run(id, null, redirect, "vehicles.order.confirmed", () -> confirmation.confirm(id, version));
    }

    @GetMapping(LIST + "/{id}/export.xlsx")
    @RequiresPermission("vehicles:export")
    void exportXlsx(@PathVariable Long id, Locale locale, HttpServletResponse response) throws IOException {
        export.xlsx(queries.get(id), locale, response);
    }

    @GetMapping(LIST + "/{id}/export.csv")
    @RequiresPermission("vehicles:export")
    void exportCsv(@PathVariable Long id, Locale locale, HttpServletResponse response) throws IOException {
        export.csv(queries.get(id), locale, response);
    }

    private String run(Long id, BindingResult errors, RedirectAttributes redirect, String successKey, Runnable action) {
        String back = LIST + "/" + id;
        return outcome.run(errors, redirect, back, successKey, () -> {
            action.run();
            return back;
        });
    }
}
