package com.autosales.customers;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded visit as the card, the reports and the API show it. */
public record CustomerVisitView(Long id, Long customerId, String customerName, Long employeeId, String repName,
        Instant visitedAt, LocalDate visitDay, VisitKind kind, String purpose, String result, String nextStep,
        LocalDate nextDate, String corrections) {
}
