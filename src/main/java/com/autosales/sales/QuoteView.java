package com.autosales.sales;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote version as pages, the API, the PDF and the coming contract see it: parties, vehicle, packages, trade-in,
 * payment, the price breakdown, and the margin — {@code null} (left out of JSON) for readers who may not see cost.
 */
public record QuoteView(Long id, Long rootId, String number, int versionNo, boolean current, QuoteStatus status,
        Long leadId, Long customerId, String customerName, Long storeId, Long ownerEmployeeId, String ownerName,
        Long trimId, String trimLabel, String exteriorColour, String interiorColour, String vin, LocalDate quoteDate,
        int validityDays, LocalDate validUntil, List<PackageLine> packages,
        @JsonInclude(JsonInclude.Include.NON_NULL) TradeIn tradeIn, PaymentMethod paymentMethod,
        @JsonInclude(JsonInclude.Include.NON_NULL) Percentage downPaymentPercent,
        QuoteFigures figures, @JsonInclude(JsonInclude.Include.NON_NULL) QuoteMargin margin, boolean needsApproval,
        String requestComment, String returnComment, Instant issuedAt, Instant acceptedAt, long version) {

    /** A package on the quote with its price on the quote date. */
    public record PackageLine(Long packageId, String name, Money price) {
    }

    public boolean mayBeGivenToCustomer() {
        return status == QuoteStatus.ISSUED || status == QuoteStatus.ACCEPTED;
    }

    static QuoteView of(Quote q, LocalDate today, boolean withMargin) {
        return new QuoteView(q.id(), q.rootId(), "Q" + String.format("%06d", q.rootId()), q.versionNo(), q.current(),
                q.statusOn(today), q.leadId(), q.customerId(), q.customerName(), q.storeId(), q.ownerEmployeeId(),
                q.ownerName(), q.trimId(), q.trimLabel(), q.exteriorColour(), q.interiorColour(), q.vin(),
                q.quoteDate(), q.validityDays(), q.validUntil(),
                q.packages().stream().map(p -> new PackageLine(p.packageId(), p.name(), p.price())).toList(),
                q.tradeIn(), q.paymentMethod(), q.downPaymentPercent(), q.figures(), withMargin ? q.margin() : null, q.needsApproval(),
                q.requestComment(), q.returnComment(), q.issuedAt(), q.acceptedAt(), q.version());
    }
}
