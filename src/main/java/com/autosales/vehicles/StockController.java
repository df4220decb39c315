package com.autosales.vehicles;

import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 库存车辆 — the stock list with filters and ageing, a vehicle's page with its history and actions, the Excel export. */
@Controller
@RequiresPermission("vehicles:view")
class StockController {

    static final int PAGE_SIZE = 20;

    private final StockQueries queries;
    private final StockManagement stock;
    private final StockTransitions transitions;
    private final StockExcelExport export;
    private final StockPageModel pageModel;
    private final StockStores stores;
    private final FlashOutcome outcome;

    StockController(StockQueries queries, StockManagement stock, StockTransitions transitions, StockExcelExport export,
            StockPageModel pageModel, StockStores stores, FlashOutcome outcome) {
        this.outcome = outcome;
        this.stores = stores;
        this.queries = queries;
        this.stock = stock;
        this.transitions = transitions;
        this.export = export;
        this.pageModel = pageModel;
    }

    @GetMapping("/vehicles/stock")
    String list(StockFilter filter, BindingResult badFilter, @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        model.addAttribute("filter", filter);
        model.addAttribute("page", queries.list(filter, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        if (Htmx.isHtmx(request)) {
            return "vehicles/stock :: rows";
        }
        pageModel.listPage(model, filter);
        return "vehicles/stock";
    }

    @GetMapping("/vehicles/stock/export.xlsx")
    @RequiresPermission("vehicles:export")
    void exportList(StockFilter filter, BindingResult badFilter, Locale locale, HttpServletResponse response) throws IOException {
        export.respond(filter, locale, response);
    }

    @GetMapping("/vehicles/stock/{id}")
    String show(@PathVariable Long id, Model model) {
        StockVehicleView vehicle = stock.get(id);
        model.addAttribute("vehicle", vehicle);
        model.addAttribute("history", stock.history(id));
        model.addAttribute("targets", transitions.openFrom(vehicle.status()));
        model.addAttribute("transferTargets", stores.transferTargets(vehicle.storeId()));
        return "vehicles/vehicle";
    }

    @PostMapping("/vehicles/stock/{id}/transitions")
    @RequiresPermission("vehicles:edit")
    String transition(@PathVariable Long id, @Valid @ModelAttribute TransitionForm form, BindingResult errors,
            RedirectAttributes redirect) {
        String back = "/vehicles/stock/" + id;
        return outcome.run(errors, redirect, back, "vehicles.moved", () -> {
            transitions.transition(id, form);
            return back;
        });
    }

    @PostMapping("/vehicles/stock/{id}/reservation")
    @RequiresPermission("vehicles:approve")
    String reserve(@PathVariable Long id, @Valid @ModelAttribute ReservationForm form, BindingResult errors,
            RedirectAttributes redirect) {
        String back = "/vehicles/stock/" + id;
        return outcome.run(errors, redirect, back, "vehicles.reserved", () -> {
            stock.reserve(id, form.contractRef());
            return back;
        });
    }

    @PostMapping("/vehicles/stock/{id}/release")
    @RequiresPermission("vehicles:approve")
    String release(@PathVariable Long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        String back = "/vehicles/stock/" + id;
        return outcome.run(null, redirect, back, "vehicles.released", () -> {
            stock.release(id, null, note);
            return back;
        });
    }
}
