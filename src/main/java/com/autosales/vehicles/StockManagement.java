package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.Vin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 库存管理 — the stock module's API for other modules (the coming sales module) and its own pages: find a vehicle,
 * reserve it for one contract (锁车) and release it, read a vehicle's history and the stock ageing. Everything is
 * limited to the stores the signed-in user may see (a vehicle elsewhere answers 404). Permissions are the caller's
 * business: the stock pages ask {@code vehicles:approve} to reserve; a contract approval may reserve under its own rules.
 */
@Service
@Transactional
public class StockManagement {

    private final StockVehicles vehicles;
    private final StockReservations reservations;
    private final StockMovements movements;
    private final StockViews views;
    private final StockQueries queries;
    private final StockStores stores;
    private final CurrentUsers currentUsers;

    StockManagement(StockVehicles vehicles, StockReservations reservations, StockMovements movements, StockViews views,
            StockQueries queries, StockStores stores, CurrentUsers currentUsers) {
        this.vehicles = vehicles;
        this.reservations = reservations;
        this.movements = movements;
        this.views = views;
        this.currentUsers = currentUsers;
        this.queries = queries;
        this.stores = stores;
    }

    /**
     * Reserves an in-stock vehicle for a contract. Of any number of reservations of one vehicle at the same moment
     * exactly one succeeds; the others get {@code vehicles.already-reserved} (409).
     *
     * @param stockVehicleId the vehicle
     * @param contractRef    the contract (for now any reference up to 60 characters: contract no., order no.)
     */
    public void reserve(Long stockVehicleId, String contractRef) {
        reservations.reserve(visibleId(stockVehicleId), contractRef, StockActor.of(currentUsers));
    }

    /** Reserves the vehicle with this VIN for a contract; see {@link #reserve(Long, String)}. */
    public void reserve(Vin vin, String contractRef) {
        reservations.reserve(visibleId(vin), contractRef, StockActor.of(currentUsers));
    }

    /**
     * Puts a reserved vehicle back into stock. With a contract reference, only if that contract holds it
     * ({@code vehicles.reserved-by-other} otherwise); {@code null} releases whichever contract holds it.
     */
    public void release(Long stockVehicleId, String contractRef, String note) {
        reservations.release(visibleId(stockVehicleId), contractRef, note, StockActor.of(currentUsers));
    }

    /** Releases the vehicle with this VIN; see {@link #release(Long, String, String)}. */
    public void release(Vin vin, String contractRef) {
        reservations.release(visibleId(vin), contractRef, null, StockActor.of(currentUsers));
    }

    /** 交车 — the contract holding the reserved car takes it: sold, then delivered, both on the stock book. */
    public void handOver(Vin vin, String contractRef) {
        reservations.handOver(visibleId(vin), contractRef, StockActor.of(currentUsers));
    }

    /** A vehicle the user may see; 404 ({@code not-found}) otherwise. */
    @Transactional(readOnly = true)
    public StockVehicleView get(Long stockVehicleId) {
        return views.of(visible(stockVehicleId));
    }

    /** The vehicle with this VIN in the user's stores, if any. */
    @Transactional(readOnly = true)
    public Optional<StockVehicleView> find(Vin vin) {
        RecordScope scope = currentUsers.scope();
        return vehicles.findVisibleIdByVin(vin.value(), scope.allStores(), scope.storeIdsForQuery()).map(this::get);
    }

    /**
     * 可配车辆 — the store's unreserved in-stock vehicles of a trim (with a VIN), longest in stock first, if the user may
     * see the store; for allocating a car to a contract.
     */
    @Transactional(readOnly = true)
    public List<StockVehicleView> inStock(Long storeId, Long trimId) {
        RecordScope scope = currentUsers.scope();
        if (!scope.allStores() && !scope.storeIdsForQuery().contains(storeId)) {
            return List.of();
        }
        return views.of(vehicles.findInStock(storeId, trimId));
    }

    /** Every status change of a vehicle, oldest first: who, when, document, note, what it was on the stock book. */
    @Transactional(readOnly = true)
    public List<StockMovementView> history(Long stockVehicleId) {
        Map<Long, String> storeNames = stores.names();
        return movements.findByVehicleIdOrderByMovedAtAscIdAsc(visible(stockVehicleId).id()).stream()
                .map(m -> m.view(m.counterpartStoreId() == null ? null : storeNames.get(m.counterpartStoreId()))).toList();
    }

    /** 库龄 — what stands in the user's stores by age bucket, with the purchase cost tied up if they may see costs. */
    @Transactional(readOnly = true)
    public StockAgeing ageing() {
        return queries.ageing();
    }

    StockVehicle visible(Long id) {
        RecordScope scope = currentUsers.scope();
        return vehicles.findVisible(id, scope.allStores(), scope.storeIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("stock-vehicle", id));
    }

    private Long visibleId(Long id) {
        RecordScope scope = currentUsers.scope();
        return vehicles.findVisibleId(id, scope.allStores(), scope.storeIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("stock-vehicle", id));
    }

    private Long visibleId(Vin vin) {
        RecordScope scope = currentUsers.scope();
        return vehicles.findVisibleIdByVin(vin.value(), scope.allStores(), scope.storeIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("stock-vehicle", vin.value()));
    }
}
