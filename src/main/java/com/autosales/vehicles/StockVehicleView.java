package com.autosales.vehicles;

import com.autosales.shared.Money;
import com.autosales.shared.Vin;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A stock vehicle as readers see it: VIN, engine number, trim (with its label), colours, location, arrival date,
 * stock age in days (库龄, while it stands in stock), status and the contract it is reserved for. The purchase cost is
 * {@code null} (left out of JSON) for readers who may not see costs.
 */
public record StockVehicleView(Long id, Vin vin, String engineNo, Long storeId, Long trimId, String trim,
        String exteriorColour, String interiorColour, @JsonInclude(JsonInclude.Include.NON_NULL) Money purchaseCost,
        String location, LocalDate arrivalDate, Long ageDays, StockStatus status, String contractRef, long version) {
}
