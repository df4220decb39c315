package com.autosales.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** 客户访问 — one visit report as the quick form and the API send it; the time is the store's local time (empty = now). */
public record VisitForm(
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime visitedAt,
        @NotNull(message = "{customer.visits.invalid.kind}") VisitKind kind,
        @NotBlank(message = "{customer.visits.invalid.purpose}") @Size(max = 200, message = "{customer.visits.invalid.length}") String purpose,
        @Size(max = 500, message = "{customer.visits.invalid.length}") String result,
        @Size(max = 200, message = "{customer.visits.invalid.length}") String nextStep,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextDate,
        @Size(max = 500, message = "{customer.visits.invalid.length}") String corrections) {

    public VisitForm {
        purpose = clean(purpose);
        result = clean(result);
        nextStep = clean(nextStep);
        corrections = clean(corrections);
    }

    static VisitForm blank() {
        return new VisitForm(null, VisitKind.ON_SITE, null, null, null, null, null);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
