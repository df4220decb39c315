package com.autosales.testdrives;

import java.time.Instant;

/**
 * A test drive ended with the customer's feedback; leadId is empty when the drive was booked without a lead. storeId is
 * the drive's store (null only in events published before it was added).
 */
public record TestDriveCompleted(Long testDriveId, Long customerId, Long leadId, Long consultantEmployeeId, int score,
        Instant occurredAt, Long storeId) {
}
