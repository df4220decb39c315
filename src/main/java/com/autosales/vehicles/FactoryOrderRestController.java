package com.autosales.vehicles;

import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Monthly factory orders over the API: the same rules, permissions and store scope as the pages. */
@RestController
@RequestMapping("/api/v1/factory-orders")
@Tag(name = "Factory orders")
@RequiresPermission("vehicles:view")
class FactoryOrderRestController {

    private final FactoryOrderQueries queries;
    private final FactoryOrdering ordering;
    private final FactoryOrderConfirmation confirmation;
    private final FactoryOrderExport export;

    FactoryOrderRestController(FactoryOrderQueries queries, FactoryOrdering ordering,
            FactoryOrderConfirmation confirmation, FactoryOrderExport export) {
        this.queries = queries;
        this.ordering = ordering;
        this.confirmation = confirmation;
        this.export = export;
    }

    record DraftRequest(YearMonth month) {
    }

    record ActionRequest(Long version, String note) {
    }

    @GetMapping
    @Operation(summary = "Factory orders of my stores, latest month first; filter status; page from 0, size up to 100")
    PageResponse<FactoryOrderView> list(@RequestParam(required = false) FactoryOrderStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(queries.list(status, PageRequest.of(Math.max(0, page), Math.min(100, Math.max(1, size)))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A factory order of my stores with its lines (404 elsewhere)")
    FactoryOrderView get(@PathVariable Long id) {
        return queries.get(id);
    }

    @PostMapping
    @RequiresPermission("vehicles:create")
    @Operation(summary = "Draft my store's order for a month (\"2027-01\"; default next month) with a suggested line per"
            + " trim and colours; 409 vehicles.order.month-taken when the month has an order")
    ResponseEntity<FactoryOrderView> draft(@RequestBody(required = false) DraftRequest request) {
        YearMonth month = request == null || request.month() == null ? ordering.nextMonth() : request.month();
        Long id = ordering.draft(month);
        return ResponseEntity.created(URI.create("/api/v1/factory-orders/" + id)).body(queries.get(id));
    }

    @PutMapping("/{id}/lines")
    @RequiresPermission("vehicles:create")
    @Operation(summary = "Set quantities (0–999) and notes of lines: version, lines [{id, quantity, note}];"
            + " 422 vehicles.order.locked once submitted")
    FactoryOrderView order(@PathVariable Long id, @Valid @RequestBody OrderQuantitiesForm form) {
        ordering.order(id, form);
        return queries.get(id);
    }

    @PostMapping("/{id}/lines")
    @RequiresPermission("vehicles:create")
    @Operation(summary = "Add a line: trimId, exteriorColour, interiorColour, quantity, version")
    FactoryOrderView addLine(@PathVariable Long id, @Valid @RequestBody OrderLineForm form) {
        ordering.addLine(id, form);
        return queries.get(id);
    }

    @PostMapping("/{id}/submit")
    @RequiresPermission("vehicles:create")
    @Operation(summary = "Submit for approval by my manager (version, note); the decision locks or reopens the order")
    FactoryOrderView submit(@PathVariable Long id, @RequestBody(required = false) ActionRequest request) {
        ActionRequest action = request == null ? new ActionRequest(null, null) : request;
        ordering.submit(id, action.version(), action.note());
        return queries.get(id);
    }

    @PostMapping("/{id}/confirm")
    @RequiresPermission("vehicles:edit")
    @Operation(summary = "The manufacturer confirmed an approved order: creates one ORDERED stock vehicle (no VIN yet)"
            + " per unit; 422 vehicles.order.not-approved otherwise")
    FactoryOrderView confirm(@PathVariable Long id, @RequestBody(required = false) ActionRequest request) {
        confirmation.confirm(id, request == null ? null : request.version());
        return queries.get(id);
    }

    @GetMapping("/{id}/export.csv")
    @RequiresPermission("vehicles:export")
    @Operation(summary = "The approved order as CSV for the manufacturer's system (UTF-8 with BOM)")
    void exportCsv(@PathVariable Long id, Locale locale, HttpServletResponse response) throws IOException {
        export.csv(queries.get(id), locale, response);
    }
}
