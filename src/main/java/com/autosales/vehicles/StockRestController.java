package com.autosales.vehicles;

import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stock vehicles over the API: the same rules, permissions and store scope as the pages. */
@RestController
@RequestMapping("/api/v1/stock-vehicles")
@Tag(name = "Stock vehicles")
@RequiresPermission("vehicles:view")
class StockRestController {

    private final StockQueries queries;
    private final StockManagement stock;
    private final StockReceiving receiving;
    private final StockTransitions transitions;
    private final StockTransfers transfers;

    StockRestController(StockQueries queries, StockManagement stock, StockReceiving receiving, StockTransitions transitions,
            StockTransfers transfers) {
        this.transfers = transfers;
        this.queries = queries;
        this.stock = stock;
        this.receiving = receiving;
        this.transitions = transitions;
    }

    @GetMapping
    @Operation(summary = "Stock vehicles of my stores, newest first; filters status, modelId, trimId, colour (exterior),"
            + " age (DAYS_0_30, DAYS_31_60, DAYS_61_90, OVER_90), vin (any part); page from 0, size up to 100")
    PageResponse<StockVehicleView> list(StockFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(queries.list(filter, PageRequest.of(Math.max(0, page), Math.min(100, Math.max(1, size)))));
    }

    @GetMapping("/ageing")
    @Operation(summary = "Stock age (库龄) buckets of my stores: count and (if permitted) purchase cost tied up")
    StockAgeing ageing() {
        return stock.ageing();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A stock vehicle of my stores (404 elsewhere)")
    StockVehicleView get(@PathVariable Long id) {
        return stock.get(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every status change of the vehicle with who, when, document and note")
    List<StockMovementView> history(@PathVariable Long id) {
        return stock.history(id);
    }

    @PostMapping
    @RequiresPermission("vehicles:create")
    @Operation(summary = "Receive one vehicle into my store: vin, engineNo, trimId, exteriorColour, interiorColour,"
            + " purchaseCost (default: catalogue cost), location, arrivalDate (default today), status (IN_STOCK, IN_TRANSIT,"
            + " ORDERED), document, note; 409 vehicles.vin-taken when the VIN exists")
    ResponseEntity<StockVehicleView> receive(@Valid @RequestBody ReceiptRequest request) {
        Long id = receiving.receive(request.asForm()).get(0);
        return ResponseEntity.created(URI.create("/api/v1/stock-vehicles/" + id)).body(stock.get(id));
    }

    @PostMapping("/{id}/transitions")
    @RequiresPermission("vehicles:edit")
    @Operation(summary = "A plain status change: target, document, note, location, version; 422"
            + " vehicles.transition-not-allowed for an illegal one (reserving and releasing use /reservation)")
    StockVehicleView transition(@PathVariable Long id, @Valid @RequestBody TransitionForm form) {
        transitions.transition(id, form);
        return stock.get(id);
    }

    @PostMapping("/{id}/transfer")
    @RequiresPermission("vehicles:edit")
    @Operation(summary = "调拨: move an in-stock vehicle to another active store of the group (targetStoreId, document,"
            + " note, version); out of this store's stock book, into the target's. 422 vehicles.transfer-reserved,"
            + " vehicles.transfer-not-in-stock, vehicles.transfer-same-store, vehicles.transfer-unknown-store")
    ResponseEntity<Void> transfer(@PathVariable Long id, @Valid @RequestBody TransferForm form) {
        transfers.transfer(id, form);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reservation")
    @RequiresPermission("vehicles:approve")
    @Operation(summary = "Reserve an in-stock vehicle for a contract (contractRef); 409 vehicles.already-reserved when"
            + " another contract holds it, even at the same moment")
    StockVehicleView reserve(@PathVariable Long id, @Valid @RequestBody ReservationForm form) {
        stock.reserve(id, form.contractRef());
        return stock.get(id);
    }

    @DeleteMapping("/{id}/reservation")
    @RequiresPermission("vehicles:approve")
    @Operation(summary = "Release the reservation (optionally only if contractRef holds it); the vehicle is in stock again")
    StockVehicleView release(@PathVariable Long id, @RequestParam(required = false) String contractRef,
            @RequestParam(required = false) String note) {
        stock.release(id, contractRef, note);
        return stock.get(id);
    }
}
