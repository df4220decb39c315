package com.autosales.testdrives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A demo car as the fleet form and the seeder send it. */
record CarForm(
        @NotBlank(message = "{testdrives.invalid.required}") @Size(max = 100, message = "{testdrives.invalid.length}") String modelName,
        @NotBlank(message = "{testdrives.invalid.required}") @Size(max = 20, message = "{testdrives.invalid.length}") String plate,
        @Pattern(regexp = "[A-HJ-NPR-Z0-9]{17}", message = "{testdrives.invalid.vin}") String vin,
        @Size(max = 40, message = "{testdrives.invalid.length}") String colour) {

    CarForm {
        modelName = clean(modelName);
        plate = clean(plate);
        vin = clean(vin) == null ? null : clean(vin).toUpperCase(java.util.Locale.ROOT);
        colour = clean(colour);
    }

    static CarForm blank() {
        return new CarForm(null, null, null, null);
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
