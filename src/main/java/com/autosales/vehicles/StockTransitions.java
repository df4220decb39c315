package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.DomainException;
import com.autosales.shared.Vin;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 状态变更 — plain status changes (dispatched, arrived, demo car and back, returned, sold, delivered), each recorded. */
@Service
@Transactional
class StockTransitions {

    private final StockManagement stock;
    private final StockLedger ledger;
    private final UniqueVins uniqueVins;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StockTransitions(StockManagement stock, StockLedger ledger, UniqueVins uniqueVins, CurrentUsers currentUsers,
            Clock clock) {
        this.stock = stock;
        this.ledger = ledger;
        this.uniqueVins = uniqueVins;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    void transition(Long vehicleId, TransitionForm form) {
        StockVehicle vehicle = stock.visible(vehicleId);
        if (form.version() != null) {
            vehicle.checkVersion(form.version());
        }
        StockStatus from = vehicle.status();
        if (StockStatusMachine.isReservation(from, form.target())) {
            throw new DomainException("vehicles.use-reservation");
        }
        if (!vehicle.identified() && form.target() != StockStatus.RETURNED) {
            identify(vehicle, form);
        }
        vehicle.moveTo(form.target(), LocalDate.now(clock), form.location());
        ledger.record(vehicle.id(), vehicle.storeId(), vehicle.reference(), from, form.target(), form.document(),
                form.note(), StockActor.of(currentUsers));
    }

    /** The manufacturer's VIN and engine number, given with the first move of an ordered vehicle that had none. */
    private void identify(StockVehicle vehicle, TransitionForm form) {
        if (form.vin() == null || form.vin().isBlank() || form.engineNo() == null || form.engineNo().isBlank()) {
            throw new DomainException("vehicles.vin-needed");
        }
        vehicle.identify(Vin.of(form.vin()), ReceiptLines.engineNo(form.engineNo()));
        uniqueVins.save(vehicle);
    }

    /** The plain changes open to a vehicle now, for its page. */
    @Transactional(readOnly = true)
    Set<StockStatus> openFrom(StockStatus status) {
        return StockStatusMachine.plainTargets(status);
    }
}
