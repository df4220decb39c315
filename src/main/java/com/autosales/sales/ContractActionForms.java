package com.autosales.sales;

import com.autosales.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms (and API bodies) of a contract's actions. */
final class ContractActionForms {

    private ContractActionForms() {
    }

    /** A comment with a submit, approve, return, delivery or close. */
    record CommentBody(String comment) {
    }

    record AllocationBody(String vin) {
    }

    record CancelBody(String reason, BigDecimal refundAmount, String refundNote) {
        Money refund() {
            return refundAmount == null ? null : Money.of(refundAmount);
        }
    }

    record AmendmentBody(String reason, BigDecimal newDiscount,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDeliveryDate, String newExteriorColour,
            String newInteriorColour) {
        AmendmentRequest request() {
            return new AmendmentRequest(reason, newDiscount == null ? null : Money.of(newDiscount), newDeliveryDate,
                    newExteriorColour, newInteriorColour);
        }
    }
}
