package com.autosales.testdrives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The checks before the drive: driving licence, safety agreement, route. */
record StartForm(
        @NotBlank(message = "{testdrives.invalid.required}") @Size(max = 40, message = "{testdrives.invalid.length}") String licenceNumber,
        @NotNull(message = "{testdrives.invalid.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licenceValidUntil,
        Boolean agreementAccepted,
        @NotNull(message = "{testdrives.invalid.route}") Long routeId,
        Long version) {

    StartForm {
        licenceNumber = CarForm.clean(licenceNumber);
    }

    static StartForm blank(long version) {
        return new StartForm(null, null, false, null, version);
    }
}
