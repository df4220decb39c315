package com.autosales.vehicles;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 入库 — receiving one or more vehicles of the same trim and colours: one line per vehicle, "VIN 发动机号" (separated by
 * spaces, a comma or a tab). The purchase cost defaults to the trim's catalogue cost on the arrival date; the status
 * is in stock (arrived), in transit or ordered.
 */
record ReceiptForm(@NotBlank @Size(max = 20000) String vehicles, @NotNull Long trimId, @NotBlank String exteriorColour,
        @NotBlank String interiorColour, @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal purchaseCost,
        @Size(max = 60) String location, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivalDate,
        StockStatus status, @Size(max = 100) String document, @Size(max = 300) String note) {

    static ReceiptForm blank(LocalDate today) {
        return new ReceiptForm("", null, null, null, null, null, today, StockStatus.IN_STOCK, null, null);
    }

    StockStatus statusOrDefault() {
        return status == null ? StockStatus.IN_STOCK : status;
    }
}
