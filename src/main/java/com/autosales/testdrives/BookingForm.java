package com.autosales.testdrives;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** 预约试驾 — the customer, car, day, first slot and number of slots; the consultant is the booker. */
record BookingForm(
        @NotNull(message = "{testdrives.invalid.customer}") Long customerId,
        @NotNull(message = "{testdrives.invalid.car}") Long carId,
        @NotNull(message = "{testdrives.invalid.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @NotNull(message = "{testdrives.invalid.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime start,
        @NotNull(message = "{testdrives.invalid.required}") @Min(value = 1, message = "{testdrives.invalid.slots}")
        @Max(value = SlotPlan.MAX_SLOTS, message = "{testdrives.invalid.slots}") Integer slots,
        Long leadId) {

    static BookingForm of(Long carId, LocalDate day, LocalTime start) {
        return new BookingForm(null, carId, day, start, 1, null);
    }
}
