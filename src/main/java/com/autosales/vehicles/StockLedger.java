package com.autosales.vehicles;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Writes each status change twice in the same transaction: as a stock movement (the stock book's row, its
 * {@link BookKind} derived from the change) and in the audit trail.
 */
@Component
class StockLedger {

    private final StockMovements movements;
    private final AuditTrail audit;
    private final Clock clock;

    StockLedger(StockMovements movements, AuditTrail audit, Clock clock) {
        this.movements = movements;
        this.audit = audit;
        this.clock = clock;
    }

    void record(Long vehicleId, Long storeId, String vin, StockStatus from, StockStatus to, String document, String note,
            StockActor actor) {
        recordAt(clock.instant(), vehicleId, storeId, vin, from, to, document, note, actor);
    }

    /** Like {@link #record}, for a change that happened earlier (taking over a store's stock, demo data). */
    void recordAt(Instant at, Long vehicleId, Long storeId, String vin, StockStatus from, StockStatus to, String document,
            String note, StockActor actor) {
        movements.save(new StockMovement(vehicleId, storeId, from, to, BookKind.of(from, to), null, blankToNull(document),
                blankToNull(note), actor, at));
        audit.record(AuditRecord.of("stock-vehicle", vehicleId, from == null ? "RECEIVE" : "STATUS", vin,
                FieldChange.of("status", from, to), FieldChange.of("document", null, blankToNull(document)),
                FieldChange.of("note", null, blankToNull(note))));
    }

    /**
     * 调拨 — an in-stock vehicle moving from one store to another: out of the source's book and into the target's, two
     * movements with the same document, each naming the other store.
     */
    void transfer(Instant at, Long vehicleId, String vin, Long fromStore, Long toStore, String document, String note,
            StockActor actor) {
        String doc = blankToNull(document);
        String text = blankToNull(note);
        StockStatus status = StockStatus.IN_STOCK;
        movements.save(new StockMovement(vehicleId, fromStore, status, status, BookKind.TRANSFER_OUT, toStore, doc, text,
                actor, at));
        movements.save(new StockMovement(vehicleId, toStore, status, status, BookKind.TRANSFER_IN, fromStore, doc, text,
                actor, at));
        audit.record(AuditRecord.of("stock-vehicle", vehicleId, "TRANSFER", vin, FieldChange.of("store", fromStore, toStore),
                FieldChange.of("document", null, doc), FieldChange.of("note", null, text)));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
