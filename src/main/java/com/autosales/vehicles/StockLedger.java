package com.autosales.vehicles;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Writes each status change twice in the same transaction: as a stock movement (the stock book's row) and in the audit trail. */
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
        movements.save(new StockMovement(vehicleId, storeId, from, to, blankToNull(document), blankToNull(note),
                actor.username(), actor.name(), clock.instant()));
        audit.record(AuditRecord.of("stock-vehicle", vehicleId, from == null ? "RECEIVE" : "STATUS", vin,
                FieldChange.of("status", from, to), FieldChange.of("document", null, blankToNull(document)),
                FieldChange.of("note", null, blankToNull(note))));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
