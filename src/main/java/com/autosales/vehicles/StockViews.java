package com.autosales.vehicles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns stock vehicles into what readers see: trim labels in their language, today's stock age, cost only if allowed. */
@Component
class StockViews {

    private final VehicleCatalogue catalogue;
    private final CostVisibility costs;
    private final Clock clock;

    StockViews(VehicleCatalogue catalogue, CostVisibility costs, Clock clock) {
        this.catalogue = catalogue;
        this.costs = costs;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    StockVehicleView of(StockVehicle v) {
        return of(List.of(v)).get(0);
    }

    List<StockVehicleView> of(List<StockVehicle> vehicles) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> labels = catalogue.allTrims(locale).stream()
                .collect(Collectors.toMap(TrimSummary::id, TrimSummary::label));
        boolean withCost = costs.readerMaySeeCost();
        LocalDate today = today();
        return vehicles.stream().map(v -> new StockVehicleView(v.id(), v.vin(), v.engineNo(), v.storeId(), v.trimId(),
                labels.get(v.trimId()), v.exteriorColour(), v.interiorColour(), withCost ? v.purchaseCost() : null,
                v.location(), v.arrivalDate(), v.ageDays(today), v.status(), v.contractRef(), v.version())).toList();
    }
}
