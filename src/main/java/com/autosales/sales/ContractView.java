package com.autosales.sales;

import com.autosales.shared.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A contract as pages, the API, the PDF and other modules (payments, loans, delivery) see it: parties, vehicle,
 * the price breakdown and finance plan as agreed, deposit and delivery date, terms, status and what happened to it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractView(Long id, String number, ContractStatus status, Long quoteId, Long leadId, Long customerId,
        Long storeId, Long ownerEmployeeId, String ownerName, String buyerName, String buyerIdNumber,
        String buyerPhone, String buyerAddress, Long trimId, String trimLabel, String exteriorColour,
        String interiorColour, String configuration, String vin, String packages, String tradeIn,
        PaymentMethod paymentMethod, QuoteFigures figures, Money depositAmount, LocalDate deliveryDate, String terms,
        String returnComment, Money depositReceived, String depositReference, String cancelReason, Money refundAmount,
        String refundNote, LocalDate signedOn, Instant createdAt, Instant updatedAt, long version) {

    /** The total the customer pays for the contract (after the trade-in). */
    public Money total() {
        return figures.amountDue();
    }

    public boolean financed() {
        return paymentMethod == PaymentMethod.FINANCE;
    }

    static ContractView of(Contract c) {
        return new ContractView(c.id(), c.number(), c.status(), c.quoteId(), c.leadId(), c.customerId(), c.storeId(),
                c.ownerEmployeeId(), c.ownerName(), c.buyerName(), c.buyerIdNumber(), c.buyerPhone(), c.buyerAddress(),
                c.trimId(), c.trimLabel(), c.exteriorColour(), c.interiorColour(), c.configuration(), c.vin(),
                c.packagesText(), c.tradeInText(), c.paymentMethod(), c.figures(), c.depositAmount(),
                c.deliveryDate(), c.terms(), c.returnComment(), c.depositReceived(), c.depositReference(),
                c.cancelReason(), c.refundAmount(), c.refundNote(), c.signedOn(), c.createdAt(), c.updatedAt(),
                c.version());
    }
}
