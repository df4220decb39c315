package com.autosales.vehicles;

import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.Vin;
import java.math.BigDecimal;
import java.time.Clock;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 库存初始化 — stock without a signed-in user (demo data, taking over a store's existing stock): the same rules, the
 * same history and audit as the clerk's pages, recorded as done by "system".
 */
@Service
@Transactional
public class StockSetup {

    private final StockReceiving receiving;
    private final StockReservations reservations;
    private final StockVehicles vehicles;
    private final StockLedger ledger;
    private final StockMovements movements;
    private final EntityManager entityManager;
    private final Clock clock;

    StockSetup(StockReceiving receiving, StockReservations reservations, StockVehicles vehicles, StockLedger ledger,
            StockMovements movements, EntityManager entityManager, Clock clock) {
        this.receiving = receiving;
        this.reservations = reservations;
        this.vehicles = vehicles;
        this.ledger = ledger;
        this.movements = movements;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Receives one vehicle into a store.
     *
     * @param purchaseCost what the store paid, or {@code null} for the trim's catalogue cost on the arrival date
     * @param arrivalDate  the day it arrived (for {@code IN_STOCK}); ignored for ordered and in-transit vehicles
     * @return the stock vehicle's id
     */
    public Long receive(Long storeId, Vin vin, String engineNo, Long trimId, String exteriorColour, String interiorColour,
            BigDecimal purchaseCost, String location, LocalDate arrivalDate, StockStatus status, String document) {
        ReceiptForm form = new ReceiptForm(vin.value() + " " + engineNo, trimId, exteriorColour, interiorColour,
                purchaseCost, location, arrivalDate, status, document, null);
        return receiving.receiveInto(storeId, form, StockActor.SYSTEM).get(0);
    }

    /** A plain status change of a vehicle of any store (demo car, dispatched…), recorded with its document. */
    public void move(Vin vin, StockStatus target, String document, String note) {
        StockVehicle vehicle = vehicles.findByVin(vin.value()).orElseThrow(() -> new RecordNotFoundException("stock-vehicle", vin.value()));
        StockStatus from = vehicle.status();
        vehicle.moveTo(target, LocalDate.now(clock), null);
        ledger.record(vehicle.id(), vehicle.storeId(), vin.value(), from, target, document, note, StockActor.SYSTEM);
    }

    /**
     * A vehicle the store sold and handed over before it used AutoSales (taking over its records; demo history): received
     * on its arrival day, reserved for the contract and sold on {@code soldAt}, delivered on {@code deliveredAt}, each
     * history row dated when it happened, so sales statistics and the stock book of those months count it.
     */
    public Long soldEarlier(Long storeId, Vin vin, String engineNo, Long trimId, String exteriorColour,
            String interiorColour, LocalDate arrivalDate, String contractRef, Instant soldAt, Instant deliveredAt) {
        Long id = receive(storeId, vin, engineNo, trimId, exteriorColour, interiorColour, null, null, arrivalDate,
                StockStatus.IN_STOCK, null);
        reservations.reserve(id, contractRef, StockActor.SYSTEM);
        StockVehicle vehicle = vehicles.findById(id).orElseThrow();
        entityManager.refresh(vehicle);
        for (StockStatus next : List.of(StockStatus.SOLD, StockStatus.DELIVERED)) {
            StockStatus from = vehicle.status();
            vehicle.moveTo(next, LocalDate.now(clock), null);
            ledger.record(id, storeId, vin.value(), from, next, contractRef, null, StockActor.SYSTEM);
        }
        List<Instant> when = List.of(arrivalDate.atStartOfDay(clock.getZone()).plusHours(10).toInstant(),
                soldAt.minusSeconds(3600), soldAt, deliveredAt);
        List<StockMovement> history = movements.findByVehicleIdOrderByIdAsc(id);
        for (int i = 0; i < history.size(); i++) {
            history.get(i).happenedAt(when.get(i));
        }
        return id;
    }

    /** Reserves a vehicle of any store for a contract reference. */
    public void reserve(Vin vin, String contractRef) {
        StockVehicle vehicle = vehicles.findByVin(vin.value()).orElseThrow(() -> new RecordNotFoundException("stock-vehicle", vin.value()));
        reservations.reserve(vehicle.id(), contractRef, StockActor.SYSTEM);
    }
}
