package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.DomainException;
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
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StockTransitions(StockManagement stock, StockLedger ledger, CurrentUsers currentUsers, Clock clock) {
        this.stock = stock;
        this.ledger = ledger;
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
        vehicle.moveTo(form.target(), LocalDate.now(clock), form.location());
        ledger.record(vehicle.id(), vehicle.storeId(), vehicle.vin().value(), from, form.target(), form.document(),
                form.note(), StockActor.of(currentUsers));
    }

    /** The plain changes open to a vehicle now, for its page. */
    @Transactional(readOnly = true)
    Set<StockStatus> openFrom(StockStatus status) {
        return StockStatusMachine.plainTargets(status);
    }
}
