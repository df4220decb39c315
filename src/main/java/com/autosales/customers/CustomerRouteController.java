package com.autosales.customers;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 路线计划 — choose a route and a day, see (and print) the customers in visit order; managers reorder them. */
@Controller
@RequiresPermission("customers:view")
class CustomerRouteController {

    private final CustomerRoutes routes;
    private final CustomerVisits visits;

    CustomerRouteController(CustomerRoutes routes, CustomerVisits visits) {
        this.routes = routes;
        this.visits = visits;
    }

    @GetMapping("/customers/routes")
    String plan(@RequestParam(required = false) String route,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        List<RoutePlan.Route> all = routes.routes();
        String chosen = route == null || route.isBlank() ? (all.isEmpty() ? null : all.get(0).routeCode()) : route.trim();
        LocalDate chosenDay = day == null ? visits.today() : day;
        model.addAttribute("routes", all);
        model.addAttribute("route", chosen);
        model.addAttribute("day", chosenDay);
        model.addAttribute("plan", chosen == null ? null : routes.plan(chosen, chosenDay));
        return "customers/routes";
    }

    @PostMapping("/customers/routes/order")
    @RequiresPermission("customers:approve")
    String reorder(@RequestParam Long customerId, @RequestParam long version,
            @RequestParam(required = false) Integer visitOrder, @RequestParam String route,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        try {
            routes.reorder(customerId, version, visitOrder);
            redirect.addFlashAttribute("successKey", "customer.visits.route.reordered");
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("errorKey", "error.concurrent-change");
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/customers/routes").queryParam("route", route)
                .queryParam("day", day == null ? visits.today() : day).encode().build().toUriString();
    }
}
