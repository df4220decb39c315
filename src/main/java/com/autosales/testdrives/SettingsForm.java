package com.autosales.testdrives;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** A store's slot length and opening hours for test drives. */
record SettingsForm(
        @NotNull(message = "{testdrives.invalid.required}") Integer slotMinutes,
        @NotNull(message = "{testdrives.invalid.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime opensAt,
        @NotNull(message = "{testdrives.invalid.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime closesAt) {
}
