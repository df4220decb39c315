package com.autosales.delivery;

import com.autosales.payments.PaymentClearance.Clearance;
import java.util.ArrayList;
import java.util.List;

/**
 * 交车条件 — what still stands between the customer and the keys: the car allocated, every required checklist item
 * ticked, the customer's signature, and the money (paid in full or loan disbursed — or the manager's release).
 *
 * @param blockers message keys of what is missing, in the order staff deal with them; empty when the car may go
 */
public record DeliveryGate(List<String> blockers, boolean paymentCleared, boolean released) {

    public boolean open() {
        return blockers.isEmpty();
    }

    static DeliveryGate of(boolean allocated, List<ChecklistGroup> checklists, boolean signed, Clearance clearance,
            boolean released) {
        List<String> blockers = new ArrayList<>();
        if (!allocated) {
            blockers.add("delivery.gate.no-vehicle");
        }
        for (ChecklistGroup group : checklists) {
            if (!group.complete()) {
                blockers.add("delivery.gate.checklist." + group.stage());
            }
        }
        if (!signed) {
            blockers.add("delivery.gate.not-signed");
        }
        boolean cleared = clearance != null && clearance.cleared();
        if (!cleared && !released) {
            blockers.add("delivery.gate.unpaid");
        }
        return new DeliveryGate(List.copyOf(blockers), cleared, released);
    }
}
