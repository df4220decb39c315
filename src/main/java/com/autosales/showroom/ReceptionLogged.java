package com.autosales.showroom;

import java.time.Instant;

/**
 * A visit or call was logged; {@code customerId} is null when the visitor left no card. The leads module may create
 * or attach a lead.
 */
public record ReceptionLogged(Long receptionId, Long customerId, Long consultantEmployeeId, Long storeId,
        ReceptionSource source, boolean firstVisit, Instant occurredAt) {
}
