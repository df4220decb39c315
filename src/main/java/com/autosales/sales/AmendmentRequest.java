package com.autosales.sales;

import com.autosales.shared.Money;
import java.time.LocalDate;

/** What an amendment changes (null = unchanged) and why. */
public record AmendmentRequest(String reason, Money newDiscount, LocalDate newDeliveryDate, String newExteriorColour,
        String newInteriorColour) {

    public AmendmentRequest {
        newExteriorColour = blankToNull(newExteriorColour);
        newInteriorColour = blankToNull(newInteriorColour);
    }

    boolean isEmpty() {
        return newDiscount == null && newDeliveryDate == null && newExteriorColour == null && newInteriorColour == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
