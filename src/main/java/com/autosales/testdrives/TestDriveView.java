package com.autosales.testdrives;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A test drive as its page and the API show it. */
public record TestDriveView(Long id, Long storeId, Long carId, String car, Long customerId, String customerName,
        Long consultantEmployeeId, String consultantName, Long leadId, LocalDate day, LocalDateTime startsAt,
        LocalDateTime endsAt, DriveStatus status, String licenceNumber, LocalDate licenceValidUntil,
        boolean agreementAccepted, Long routeId, String route, String liked, String concerns, Integer score, long version) {
}
