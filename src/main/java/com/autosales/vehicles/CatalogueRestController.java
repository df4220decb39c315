package com.autosales.vehicles;

import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue over the API: models with trims, colours, options, today's prices and packages; costs only if permitted. */
@RestController
@Tag(name = "Vehicle catalogue")
@RequiresPermission("vehicles:view")
class CatalogueRestController {

    private final VehicleCatalogue catalogue;
    private final CostVisibility costs;

    CatalogueRestController(VehicleCatalogue catalogue, CostVisibility costs) {
        this.catalogue = catalogue;
        this.costs = costs;
    }

    @GetMapping("/api/v1/vehicle-models")
    @Operation(summary = "The catalogue's models (optionally of one series) with trims, colours, options, current MSRP and"
            + " packages; cost fields only for users who may see costs (vehicles:edit or vehicles:approve)")
    List<CatalogueModel> models(@RequestParam(required = false) Long seriesId, Locale locale) {
        return catalogue.models(seriesId, locale);
    }

    @GetMapping("/api/v1/vehicle-trims/{id}/price")
    @Operation(summary = "The MSRP (and cost, if permitted) of a trim valid on a day (default today); 404 when it had none")
    TrimPrice priceOn(@PathVariable Long id, @Parameter(description = "ISO date, e.g. 2026-03-15")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on == null ? catalogue.today() : on;
        TrimPrice price = catalogue.priceOn(id, day).orElseThrow(() -> new RecordNotFoundException("vehicle-price", id));
        return costs.readerMaySeeCost() ? price : price.withoutCost();
    }
}
