package com.autosales.payments;

import com.autosales.customers.CustomerCredit;
import com.autosales.shared.Money;
import org.springframework.stereotype.Component;

/** Tells the customer archive what a customer still owes on all their contracts (their credit exposure). */
@Component
class CreditExposure {

    private final ReceivableAccounts accounts;
    private final CustomerCredit credit;

    CreditExposure(ReceivableAccounts accounts, CustomerCredit credit) {
        this.accounts = accounts;
        this.credit = credit;
    }

    void publish(Long customerId) {
        // the customer archive's update clears the persistence context: what changed here must be written first
        accounts.flush();
        Money open = accounts.findByCustomerId(customerId).stream().filter(a -> !a.cancelled())
                .map(ReceivableAccount::balance).reduce(Money.ZERO, Money::plus);
        credit.recordExposure(customerId, open);
    }
}
