package com.autosales.vehicles;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One vehicle received over the API; the same checks as the receipt form. */
record ReceiptRequest(@NotBlank @Size(max = 17) String vin, @NotBlank @Size(max = 40) String engineNo,
        @NotNull Long trimId, @NotBlank String exteriorColour, @NotBlank String interiorColour,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal purchaseCost, @Size(max = 60) String location,
        LocalDate arrivalDate, StockStatus status, @Size(max = 100) String document, @Size(max = 300) String note) {

    ReceiptForm asForm() {
        return new ReceiptForm(vin.trim() + " " + engineNo.trim(), trimId, exteriorColour, interiorColour, purchaseCost,
                location, arrivalDate, status, document, note);
    }
}
