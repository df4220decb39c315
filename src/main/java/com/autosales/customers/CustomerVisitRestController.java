package com.autosales.customers;

import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Visits, visit reports and route plans over the API: same rules, data scope and masking as the pages. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customer visits and routes")
@RequiresPermission("customers:view")
class CustomerVisitRestController {

    private final CustomerVisits visits;
    private final CustomerRoutes routes;

    CustomerVisitRestController(CustomerVisits visits, CustomerRoutes routes) {
        this.visits = visits;
        this.routes = routes;
    }

    @GetMapping("/{id}/visits")
    @Operation(summary = "The latest visits to a customer I may see (404 outside my data scope)")
    List<CustomerVisitView> visits(@PathVariable Long id) {
        return visits.ofCustomer(id);
    }

    @PostMapping("/{id}/visits")
    @RequiresPermission("customers:edit")
    @Operation(summary = "Record my visit to a customer; moves its last contact; visitedAt is local time, empty = now")
    ResponseEntity<CustomerVisitView> record(@PathVariable Long id, @Valid @RequestBody VisitForm form) {
        CustomerVisitView saved = visits.record(id, form);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/visits")).body(saved);
    }

    @GetMapping("/visits/report")
    @Operation(summary = "Daily (period=DAY, day=yyyy-MM-dd) or monthly (period=MONTH, month=yyyy-MM) visit report per rep in my scope")
    VisitReport report(@RequestParam(defaultValue = "DAY") VisitReport.Period period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return period == VisitReport.Period.MONTH
                ? visits.monthly(month == null ? YearMonth.from(visits.today()) : month)
                : visits.daily(day == null ? visits.today() : day);
    }

    @GetMapping("/routes")
    @Operation(summary = "The routes with customers in my data scope")
    List<RoutePlan.Route> routes() {
        return routes.routes();
    }

    @GetMapping("/routes/plan")
    @Operation(summary = "A route's customers in visit order for a day (default today), phones masked as on the card")
    RoutePlan plan(@RequestParam String route,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return routes.plan(route, day == null ? visits.today() : day);
    }
}
