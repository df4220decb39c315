package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.DomainException;
import com.autosales.shared.Vin;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 状态变更 — plain status changes (dispatched, arrived, demo car and back, returned, sold, delivered, a customer's
 * return), each recorded.
 */
@Service
@Transactional
class StockTransitions {

    private final StockManagement stock;
    private final StockReservations reservations;
    private final StockLedger ledger;
    private final UniqueVins uniqueVins;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StockTransitions(StockManagement stock, StockReservations reservations, StockLedger ledger, UniqueVins uniqueVins,
            CurrentUsers currentUsers,
            Clock clock) {
        this.stock = stock;
        this.reservations = reservations;
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
        if (StockStatusMachine.isReservation(vehicle.status(), form.target())) {
            throw new DomainException("vehicles.use-reservation");
        }
        if (!vehicle.identified() && form.target() != StockStatus.RETURNED) {
            identify(vehicle, form);
        }
        move(vehicle, form.target(), form.document(), form.note(), form.location(), StockActor.of(currentUsers),
                clock.instant());
    }

    /** Moves any vehicle (the caller checked who may) and records the change as of {@code at}. */
    void move(StockVehicle vehicle, StockStatus target, String document, String note, String location, StockActor actor,
            Instant at) {
        StockStatus from = vehicle.status();
        vehicle.moveTo(target, LocalDate.ofInstant(at, clock.getZone()), location);
        if (from == StockStatus.DELIVERED) {
            reservations.forget(vehicle.id());
        }
        ledger.recordAt(at, vehicle.id(), vehicle.storeId(), vehicle.reference(), from, target, document, note, actor);
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
