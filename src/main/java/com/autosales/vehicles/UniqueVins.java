package com.autosales.vehicles;

import com.autosales.shared.DuplicateRecordException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * A VIN exists once in the whole group: checked before saving for a clear message, and decided by the database's unique
 * constraint when two people enter the same VIN at the same moment.
 */
@Component
class UniqueVins {

    private final StockVehicles vehicles;

    UniqueVins(StockVehicles vehicles) {
        this.vehicles = vehicles;
    }

    StockVehicle save(StockVehicle vehicle) {
        String vin = vehicle.vin().value();
        if (vehicles.existsByVinAndIdNot(vin, vehicle.id() == null ? -1L : vehicle.id())) {
            throw new DuplicateRecordException("vehicles.vin-taken", vin);
        }
        try {
            return vehicles.saveAndFlush(vehicle);
        } catch (DataIntegrityViolationException sameMoment) {
            throw new DuplicateRecordException("vehicles.vin-taken", vin);
        }
    }
}
