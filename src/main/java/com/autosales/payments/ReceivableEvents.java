package com.autosales.payments;

import com.autosales.sales.ContractCancelled;
import com.autosales.sales.ContractSigned;
import com.autosales.sales.LoanDisbursed;
import com.autosales.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the sales module tells payments: a signed contract opens its receivables; the lender's disbursement is booked
 * as a payment; a cancelled contract expects nothing more and its refund is booked. Each is booked once even when an
 * event is delivered again (the accounts are keyed by contract, the payments by a key made from the event).
 */
@Component
class ReceivableEvents {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReceivableEvents.class);

    private final ReceivableAccounts accounts;
    private final PaymentManagement payments;
    private final CreditExposure exposure;
    private final ZoneId zone;

    ReceivableEvents(ReceivableAccounts accounts, PaymentManagement payments, CreditExposure exposure,
            @Value("${autosales.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.accounts = accounts;
        this.payments = payments;
        this.exposure = exposure;
        this.zone = zone;
    }

    @ApplicationModuleListener
    void on(ContractSigned event) {
        if (accounts.existsById(event.contractId())) {
            return;
        }
        ReceivableAccount account = accounts.save(new ReceivableAccount(ContractFacts.of(event)));
        exposure.publish(account.customerId());
    }

    @ApplicationModuleListener
    void on(LoanDisbursed event) {
        if (!accounts.existsById(event.contractId())) {
            log.warn("Loan {} disbursed for contract {} that has no receivables (not signed): not booked", event.loanId(),
                    event.contractId());
            return;
        }
        payments.bookForSystem("loan-disbursed-" + event.loanId(), event.contractId(), PaymentKind.LOAN_DISBURSEMENT,
                PaymentChannel.LOAN, event.amount(), event.disbursedOn(), event.lender(), null);
    }

    @ApplicationModuleListener
    void on(ContractCancelled event) {
        if (!accounts.existsById(event.contractId())) {
            return;
        }
        Money refund = event.refund() == null ? Money.ZERO : event.refund();
        if (refund.amount().signum() > 0) {
            payments.bookForSystem("contract-refund-" + event.contractId(), event.contractId(), PaymentKind.REFUND,
                    PaymentChannel.BANK_TRANSFER, refund.times(BigDecimal.ONE.negate()),
                    LocalDate.ofInstant(event.cancelledAt(), zone), null, event.reason());
        }
        // loaded after the refund: publishing the exposure clears the persistence context
        ReceivableAccount account = accounts.lockFor(event.contractId()).orElseThrow();
        account.cancel();
        exposure.publish(account.customerId());
    }
}
