package com.autosales.showroom;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 来店/来电登记 — one reception as the quick form and the API send it. Times are the store's local time (time in
 * empty = now; time out usually set later with one click). Consultant empty = me. registerCustomer: create a card
 * for a visitor whose phone matches none.
 */
public record ReceptionForm(
        @NotNull(message = "{showroom.invalid.kind}") ReceptionKind kind,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime timeIn,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime timeOut,
        @NotNull(message = "{showroom.invalid.people}") @Min(value = 1, message = "{showroom.invalid.people}")
        @Max(value = 50, message = "{showroom.invalid.people}") Integer people,
        @NotNull(message = "{showroom.invalid.source}") ReceptionSource source,
        @Size(max = 100, message = "{showroom.invalid.length}") String sourceDetail,
        @Size(max = 200, message = "{showroom.invalid.length}") String models,
        Long consultantEmployeeId,
        Boolean firstVisit,
        @Size(max = 120, message = "{showroom.invalid.length}") String customerName,
        @Pattern(regexp = PHONE, message = "{showroom.invalid.phone}") String customerPhone,
        Boolean registerCustomer) {

    /** A mobile (+86, spaces and dashes allowed) or a landline number. */
    static final String PHONE = "^$|^(\\+?86[ -]?)?1[3-9]\\d([ -]?\\d){8}$|^0\\d{2,3}[ -]?\\d{3,4}[ -]?\\d{4}$";

    public ReceptionForm {
        sourceDetail = clean(sourceDetail);
        models = clean(models);
        customerName = clean(customerName);
        customerPhone = clean(customerPhone);
    }

    static ReceptionForm blank(LocalDateTime now) {
        return new ReceptionForm(ReceptionKind.VISIT, now, null, 1, ReceptionSource.WALK_IN, null, null, null, true,
                null, null, true);
    }

    boolean wantsCard() {
        return registerCustomer == null || registerCustomer;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
