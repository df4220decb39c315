package com.autosales.vehicles;

import com.autosales.shared.Money;
import java.time.LocalDate;

/** What a receipt says about every vehicle in it: trim, colours, purchase cost, location and arrival date. */
record VehicleSpec(Long trimId, String exteriorColour, String interiorColour, Money purchaseCost, String location,
        LocalDate arrivalDate) {
}
