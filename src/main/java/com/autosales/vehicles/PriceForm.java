package com.autosales.vehicles;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new price (MSRP 指导价 or package price) and cost from a day on. */
record PriceForm(@NotNull @DecimalMin("0.01") @Digits(integer = 15, fraction = 2) BigDecimal price,
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal cost,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {
}
