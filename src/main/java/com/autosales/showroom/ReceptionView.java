package com.autosales.showroom;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reception as pages and the API show it; the visitor's phone is masked unless the reader is its consultant or
 * may see sensitive customer data. {@code minutesIn}: how long the visitor has been in the showroom (null once left).
 */
public record ReceptionView(Long id, Long storeId, ReceptionKind kind, Instant timeIn, Instant timeOut,
        LocalDate visitDay, int people, ReceptionSource source, String sourceDetail, String models,
        Long consultantEmployeeId, String consultantName, Long customerId, String customerName, String customerPhone,
        boolean firstVisit, Long minutesIn, long version) {

    public boolean inShowroom() {
        return kind == ReceptionKind.VISIT && timeOut == null;
    }
}
