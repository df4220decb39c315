package com.autosales.sales;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a contract earns, for the modules that count sales (targets, commission, reports) when a contract event
 * arrives: the agreed figures and the gross margin at the quote's costs. No reader's scope applies — this is for
 * event listeners, never for a page.
 */
@Service
@Transactional(readOnly = true)
public class ContractEconomics {

    private final Contracts contracts;
    private final Quotes quotes;

    ContractEconomics(Contracts contracts, Quotes quotes) {
        this.contracts = contracts;
        this.quotes = quotes;
    }

    public Optional<Economics> of(Long contractId) {
        return contracts.findById(contractId).flatMap(c -> quotes.findById(c.quoteId()).map(q -> {
            QuoteFigures f = c.figures();
            return new Economics(c.id(), c.number(), c.storeId(), c.ownerEmployeeId(), c.customerId(), c.trimId(),
                    c.trimLabel(), c.paymentMethod(), f.amountDue(), f.vehiclePrice(), f.discount(), f.discountPercent(),
                    f.packagesTotal(), f.insurance(), f.financedAmount() == null ? Money.ZERO : f.financedAmount(),
                    q.marginOf(f));
        }));
    }

    /** A contract's figures as agreed and its margin (vehicle, packages, insurance and finance commission, total). */
    public record Economics(Long contractId, String number, Long storeId, Long ownerEmployeeId, Long customerId,
            Long trimId, String trimLabel, PaymentMethod paymentMethod, Money amountDue, Money vehiclePrice,
            Money discount, Percentage discountPercent, Money packagesTotal, Money insurance, Money financedAmount,
            QuoteMargin margin) {
    }
}
