package com.autosales.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** 离职交接: who takes over the leaver's customers and reports, why they leave, and when (today if empty). */
public record Deactivation(
        @NotNull Long successorId,
        @NotBlank @Size(max = 200) String reason,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn) {

    public Deactivation {
        reason = reason == null ? null : reason.trim();
    }
}
