package com.autosales.payments;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.shared.Money;
import com.autosales.shared.RecordNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 放车条件 — whether a contract's money allows the car to leave: paid in full, or the lender has disbursed the loan
 * and the customer has paid their own part. Read from the ledger (a reversed payment counts for nothing).
 */
@Service
@Transactional(readOnly = true)
public class PaymentClearance {

    private final ReceivableAccounts accounts;
    private final Payments payments;
    private final CurrentUsers currentUsers;

    PaymentClearance(ReceivableAccounts accounts, Payments payments, CurrentUsers currentUsers) {
        this.accounts = accounts;
        this.payments = payments;
        this.currentUsers = currentUsers;
    }

    /** The contract's clearance as the reader may see it (404 outside their scope or before signing). */
    public Clearance of(Long contractId) {
        RecordScope s = currentUsers.scope();
        ReceivableAccount account = accounts.findVisible(contractId, s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("receivable", contractId));
        return clearance(account, payments.findByContractIdOrderByPaidOnAscIdAsc(contractId));
    }

    static Clearance clearance(ReceivableAccount account, List<Payment> ledger) {
        Map<Long, Payment> byId = ledger.stream().collect(Collectors.toMap(Payment::id, Function.identity()));
        Money fromLender = Money.ZERO;
        for (Payment p : ledger) {
            PaymentKind kind = p.kind() == PaymentKind.REVERSAL && byId.containsKey(p.reversesId())
                    ? byId.get(p.reversesId()).kind() : p.kind();
            if (kind == PaymentKind.LOAN_DISBURSEMENT) {
                fromLender = fromLender.plus(p.amount());
            }
        }
        Money loanExpected = account.lines().stream().filter(l -> l.kind() == ReceivableLine.Kind.LOAN)
                .map(ReceivableLine::amount).reduce(Money.ZERO, Money::plus);
        Money customerDue = account.expected().minus(loanExpected);
        Money fromCustomer = account.received().minus(fromLender);
        return new Clearance(account.expected(), account.received(), account.balance(), customerDue, fromCustomer,
                loanExpected, fromLender);
    }

    /**
     * @param customerDue  what the customer pays themselves (all of it for cash, deposit and down payment when financed)
     * @param fromCustomer what the customer paid, net of refunds and reversals
     * @param loanExpected the financed amount the lender pays (zero for cash)
     * @param fromLender   what the lender disbursed
     */
    public record Clearance(Money expected, Money received, Money balance, Money customerDue, Money fromCustomer,
            Money loanExpected, Money fromLender) {

        public boolean paidInFull() {
            return balance.amount().signum() <= 0;
        }

        public boolean loanDisbursed() {
            return loanExpected.amount().signum() > 0 && fromLender.amount().signum() > 0;
        }

        /** Paid in full, or the loan disbursed and the customer's own part paid. */
        public boolean cleared() {
            return paidInFull() || (loanDisbursed() && !customerDue.isGreaterThan(fromCustomer));
        }
    }
}
