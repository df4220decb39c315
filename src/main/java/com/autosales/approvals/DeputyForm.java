package com.autosales.approvals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Who stands in for me, from when to when (both days included). Page form and API body. */
record DeputyForm(@NotBlank @Size(max = 60) String deputy,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

    static DeputyForm startingOn(LocalDate today) {
        return new DeputyForm("", today, today.plusDays(6));
    }
}
