package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 车辆调拨 — an in-stock vehicle (no contract holding it) moves to another active store of the group: out of the source
 * store's stock book, into the target's, under one transfer document.
 */
@Service
@Transactional
class StockTransfers {

    private final StockManagement stock;
    private final StockStores stores;
    private final StockLedger ledger;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StockTransfers(StockManagement stock, StockStores stores, StockLedger ledger, CurrentUsers currentUsers, Clock clock) {
        this.stock = stock;
        this.stores = stores;
        this.ledger = ledger;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Transfers a vehicle the user may see. */
    void transfer(Long vehicleId, TransferForm form) {
        StockVehicle vehicle = stock.visible(vehicleId);
        if (form.version() != null) {
            vehicle.checkVersion(form.version());
        }
        transfer(vehicle, form.targetStoreId(), form.document(), form.note(), StockActor.of(currentUsers), clock.instant());
    }

    /** Transfers any vehicle (the caller checked who may), recorded as of {@code at}. */
    void transfer(StockVehicle vehicle, Long targetStoreId, String document, String note, StockActor actor, Instant at) {
        stores.requireActive(targetStoreId);
        Long fromStore = vehicle.storeId();
        vehicle.transferTo(targetStoreId);
        String number = StockLedger.blankToNull(document) != null ? document
                : "DB" + LocalDate.ofInstant(at, clock.getZone()).format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + vehicle.id();
        ledger.transfer(at, vehicle.id(), vehicle.vin().value(), fromStore, targetStoreId, number, note, actor);
    }
}
