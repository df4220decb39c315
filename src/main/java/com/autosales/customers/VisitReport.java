package com.autosales.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 客户访问日报 / 月报 — visits per rep for a day or a month, for the reps in the reader's data scope: how many by
 * kind, how many customers, and each visit with its result.
 */
public record VisitReport(Period period, LocalDate from, LocalDate to, List<RepLine> reps, long visits,
        Map<VisitKind, Long> byKind, long customers) {

    public enum Period { DAY, MONTH }

    /** One rep's figures; {@code entries} are the visits in time order. */
    public record RepLine(Long employeeId, String repName, long visits, Map<VisitKind, Long> byKind, long customers,
            long withNextStep, List<CustomerVisitView> entries) {
    }
}
