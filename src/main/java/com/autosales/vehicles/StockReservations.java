package com.autosales.vehicles;

import com.autosales.shared.DomainException;
import com.autosales.shared.DuplicateRecordException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 锁车 — reserving a vehicle for one contract, enforced by the database twice: the status moves only with a guarded
 * update ({@code where status = 'IN_STOCK'}, so of two at once the second finds nothing to update), and the
 * reservation row is unique per vehicle. Whoever loses hears {@code vehicles.already-reserved}.
 */
@Component
@Transactional
class StockReservations {

    private final JdbcTemplate jdbc;
    private final StockLedger ledger;
    private final Clock clock;

    StockReservations(JdbcTemplate jdbc, StockLedger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.clock = clock;
    }

    void reserve(Long vehicleId, String contractRef, StockActor actor) {
        reserve(vehicleId, contractRef, actor, clock.instant());
    }

    /** Reserves as of an earlier moment (demo data); see {@link #reserve(Long, String, StockActor)}. */
    void reserve(Long vehicleId, String contractRef, StockActor actor, Instant at) {
        String ref = contractRefOf(contractRef);
        // read first: after a refused statement PostgreSQL answers nothing more in this transaction
        Identity vehicle = identityOf(vehicleId);
        int moved;
        try {
            moved = jdbc.update("update stock_vehicle set status = 'RESERVED', contract_ref = ?, version = version + 1"
                    + " where id = ? and status = 'IN_STOCK'", ref, vehicleId);
        } catch (ConcurrencyFailureException lost) {
            throw alreadyReserved(vehicle);
        }
        if (moved == 0) {
            StockStatus now = statusOf(vehicleId);
            if (now == StockStatus.RESERVED) {
                throw alreadyReserved(vehicle);
            }
            // only an in-stock vehicle can be reserved; the machine says so in the reader's language
            StockStatusMachine.check(now, StockStatus.RESERVED);
            throw alreadyReserved(vehicle); // in stock again by now: another change came between, as for a lost race
        }
        try {
            jdbc.update("insert into stock_reservation (vehicle_id, contract_ref, reserved_by, reserved_at) values (?, ?, ?, ?)",
                    vehicleId, ref, actor.username(), Timestamp.from(at));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
            throw alreadyReserved(vehicle);
        }
        ledger.recordAt(at, vehicleId, vehicle.storeId(), vehicle.vin(), StockStatus.IN_STOCK, StockStatus.RESERVED, ref,
                null, actor);
    }

    /** Back into stock; with a contract reference only if it is the one holding the vehicle. */
    void release(Long vehicleId, String contractRef, String note, StockActor actor) {
        String ref = contractRef == null || contractRef.isBlank() ? null : contractRef.trim();
        Identity vehicle = identityOf(vehicleId);
        String release = "update stock_vehicle set status = 'IN_STOCK', contract_ref = null, version = version + 1"
                + " where id = ? and status = 'RESERVED'";
        int moved = ref == null ? jdbc.update(release, vehicleId) : jdbc.update(release + " and contract_ref = ?", vehicleId, ref);
        if (moved == 0) {
            throw statusOf(vehicleId) == StockStatus.RESERVED
                    ? new DomainException("vehicles.reserved-by-other", ref)
                    : new DomainException("vehicles.not-reserved");
        }
        String held = jdbc.queryForList("select contract_ref from stock_reservation where vehicle_id = ?", String.class,
                vehicleId).stream().findFirst().orElse(ref);
        jdbc.update("delete from stock_reservation where vehicle_id = ?", vehicleId);
        ledger.record(vehicleId, vehicle.storeId(), vehicle.vin(), StockStatus.RESERVED, StockStatus.IN_STOCK, held, note, actor);
    }

    /** Sold and delivered to the contract that holds the reservation (the reservation stays as the record of who). */
    void handOver(Long vehicleId, String contractRef, StockActor actor) {
        String ref = contractRefOf(contractRef);
        Identity vehicle = identityOf(vehicleId);
        int sold = jdbc.update("update stock_vehicle set status = 'SOLD', version = version + 1"
                + " where id = ? and status = 'RESERVED' and contract_ref = ?", vehicleId, ref);
        if (sold == 0) {
            throw statusOf(vehicleId) == StockStatus.RESERVED
                    ? new DomainException("vehicles.reserved-by-other", ref)
                    : new DomainException("vehicles.not-reserved");
        }
        ledger.record(vehicleId, vehicle.storeId(), vehicle.vin(), StockStatus.RESERVED, StockStatus.SOLD, ref, null, actor);
        jdbc.update("update stock_vehicle set status = 'DELIVERED', version = version + 1 where id = ?", vehicleId);
        ledger.record(vehicleId, vehicle.storeId(), vehicle.vin(), StockStatus.SOLD, StockStatus.DELIVERED, ref, null, actor);
    }

    /** A delivered car the customer brought back is nobody's any more: its old reservation goes. */
    void forget(Long vehicleId) {
        jdbc.update("delete from stock_reservation where vehicle_id = ?", vehicleId);
    }

    private static String contractRefOf(String contractRef) {
        if (contractRef == null || contractRef.isBlank() || contractRef.trim().length() > 60) {
            throw new DomainException("vehicles.contract-ref-required");
        }
        return contractRef.trim();
    }

    private static DomainException alreadyReserved(Identity vehicle) {
        return new DuplicateRecordException("vehicles.already-reserved", vehicle.vin());
    }

    private StockStatus statusOf(Long vehicleId) {
        return StockStatus.valueOf(jdbc.queryForObject("select status from stock_vehicle where id = ?", String.class, vehicleId));
    }

    private Identity identityOf(Long vehicleId) {
        return jdbc.queryForObject("select vin, store_id from stock_vehicle where id = ?",
                (rs, n) -> new Identity(rs.getString(1), rs.getLong(2)), vehicleId);
    }

    private record Identity(String vin, Long storeId) {
    }
}
