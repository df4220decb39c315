package com.autosales.vehicles;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The audit trail of a factory order: drafted, quantities changed (line by line), submitted, decided, confirmed. */
@Component
class FactoryOrderAudit {

    static final String ENTITY = "factory-order";

    private final AuditTrail audit;

    FactoryOrderAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void step(FactoryOrder order, String action, FactoryOrderStatus before, String note) {
        audit.record(AuditRecord.of(ENTITY, order.id(), action, order.orderNo() + (note == null ? "" : " · " + note),
                FieldChange.of("status", before, order.status()), FieldChange.of("units", null, order.totalUnits())));
    }

    /** The quantities that changed, named by line ("line 12 quantity": 3 → 5). */
    void quantities(FactoryOrder order, Map<Long, Integer> before) {
        List<FieldChange> changes = order.lines().stream()
                .filter(l -> before.containsKey(l.id()) && before.get(l.id()) != l.quantity())
                .map(l -> FieldChange.of("line " + l.id() + " quantity", before.get(l.id()), l.quantity()))
                .toList();
        if (!changes.isEmpty()) {
            audit.record(AuditRecord.of(ENTITY, order.id(), "UPDATE", order.orderNo(), changes.toArray(FieldChange[]::new)));
        }
    }
}
