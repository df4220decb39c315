package com.autosales.vehicles;

import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.Vin;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 库存初始化 — stock without a signed-in user (demo data, taking over a store's existing stock): the same rules, the
 * same history and audit as the clerk's pages, recorded as done by "system". A change on an earlier day is recorded on
 * that day (10:00), so the stock book shows it in its month.
 */
@Service
@Transactional
public class StockSetup {

    private static final LocalTime OPENING_HOURS = LocalTime.of(10, 0);

    private final StockReceiving receiving;
    private final StockReservations reservations;
    private final StockTransitions transitions;
    private final StockTransfers transfers;
    private final StockVehicles vehicles;
    private final EntityManager entityManager;
    private final Clock clock;

    StockSetup(StockReceiving receiving, StockReservations reservations, StockTransitions transitions,
            StockTransfers transfers, StockVehicles vehicles, EntityManager entityManager, Clock clock) {
        this.receiving = receiving;
        this.reservations = reservations;
        this.transitions = transitions;
        this.transfers = transfers;
        this.vehicles = vehicles;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Receives one vehicle into a store; an in-stock one is recorded as received on its arrival date.
     *
     * @param purchaseCost what the store paid, or {@code null} for the trim's catalogue cost on the arrival date
     * @param arrivalDate  the day it arrived (for {@code IN_STOCK}); ignored for ordered and in-transit vehicles
     * @return the stock vehicle's id
     */
    public Long receive(Long storeId, Vin vin, String engineNo, Long trimId, String exteriorColour, String interiorColour,
            BigDecimal purchaseCost, String location, LocalDate arrivalDate, StockStatus status, String document) {
        ReceiptForm form = new ReceiptForm(vin.value() + " " + engineNo, trimId, exteriorColour, interiorColour,
                purchaseCost, location, arrivalDate, status, document, null);
        Instant at = at(status == StockStatus.IN_STOCK ? arrivalDate : null);
        return receiving.receiveInto(storeId, form, StockActor.SYSTEM, at).get(0);
    }

    /** A plain status change of a vehicle of any store (demo car, dispatched…), recorded now with its document. */
    public void move(Vin vin, StockStatus target, String document, String note) {
        move(vin, target, document, note, null);
    }

    /** A plain status change recorded on an earlier day ({@code null}: now). */
    public void move(Vin vin, StockStatus target, String document, String note, LocalDate on) {
        transitions.move(vehicle(vin), target, document, note, null, StockActor.SYSTEM, at(on));
    }

    /**
     * A vehicle the store sold and handed over before it used AutoSales (taking over its records; demo history): received
     * on its arrival day, reserved for the contract and sold on {@code soldOn}, delivered on {@code deliveredOn}, each
     * history row dated on its day, so the sales statistics and the stock book of those months count it.
     */
    public Long soldEarlier(Long storeId, Vin vin, String engineNo, Long trimId, String exteriorColour,
            String interiorColour, LocalDate arrivalDate, String contractRef, LocalDate soldOn, LocalDate deliveredOn) {
        Long id = receive(storeId, vin, engineNo, trimId, exteriorColour, interiorColour, null, null, arrivalDate,
                StockStatus.IN_STOCK, null);
        reserve(vin, contractRef, soldOn);
        move(vin, StockStatus.SOLD, contractRef, null, soldOn);
        move(vin, StockStatus.DELIVERED, contractRef, null, deliveredOn);
        return id;
    }

    /** Reserves a vehicle of any store for a contract reference. */
    public void reserve(Vin vin, String contractRef) {
        reserve(vin, contractRef, null);
    }

    /** Reserves a vehicle for a contract on an earlier day ({@code null}: now). */
    public void reserve(Vin vin, String contractRef, LocalDate on) {
        reservations.reserve(vehicle(vin).id(), contractRef, StockActor.SYSTEM, at(on));
    }

    /** 调拨 — moves an in-stock vehicle of any store to another store on a day ({@code null}: now). */
    public void transfer(Vin vin, Long targetStoreId, String document, String note, LocalDate on) {
        transfers.transfer(vehicle(vin), targetStoreId, document, note, StockActor.SYSTEM, at(on));
    }

    /** The vehicle as the database has it now: reserving changes it in SQL, behind a copy this transaction may hold. */
    private StockVehicle vehicle(Vin vin) {
        StockVehicle vehicle = vehicles.findByVin(vin.value())
                .orElseThrow(() -> new RecordNotFoundException("stock-vehicle", vin.value()));
        entityManager.refresh(vehicle);
        return vehicle;
    }

    /** 10:00 of an earlier day; now for today, a later day or none. */
    private Instant at(LocalDate day) {
        if (day == null || !day.isBefore(LocalDate.now(clock))) {
            return clock.instant();
        }
        return day.atTime(OPENING_HOURS).atZone(clock.getZone()).toInstant();
    }
}
