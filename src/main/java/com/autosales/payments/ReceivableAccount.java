package com.autosales.payments;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * 应收账户 — what one signed contract expects and what came in. Payments never take {@code received} beyond
 * {@code expected}; a cancelled contract expects nothing more than it kept.
 */
@Entity
@Table(name = "receivable_account")
class ReceivableAccount {

    @Id
    private Long contractId;
    private String contractNumber;
    private Long customerId;
    private String customerName;
    private Long storeId;
    private Long ownerEmployeeId;
    private String ownerName;
    private Money expected;
    private Money received;
    private boolean cancelled;
    private LocalDate openedOn;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "receivable_line", joinColumns = @JoinColumn(name = "contract_id"))
    @BatchSize(size = 500) // a list of accounts loads their lines 500 accounts a query, not one query each
    @OrderColumn(name = "position")
    private List<ReceivableLine> lines = new ArrayList<>();

    protected ReceivableAccount() {
    }

    ReceivableAccount(ContractFacts c) {
        this.contractId = c.contractId();
        this.contractNumber = c.number();
        this.customerId = c.customerId();
        this.customerName = c.customerName();
        this.storeId = c.storeId();
        this.ownerEmployeeId = c.ownerEmployeeId();
        this.ownerName = c.ownerName();
        this.received = Money.ZERO;
        this.openedOn = c.signedOn();
        Money deposit = c.deposit().isGreaterThan(c.total()) ? c.total() : c.deposit();
        Money lender = c.financedAmount() == null ? Money.ZERO : c.financedAmount();
        Money customerRest = c.total().minus(lender).minus(deposit);
        add(ReceivableLine.Kind.DEPOSIT, deposit, c.signedOn());
        add(ReceivableLine.Kind.CUSTOMER_BALANCE, customerRest, c.deliveryDate());
        add(ReceivableLine.Kind.LOAN, lender, c.deliveryDate());
        this.expected = lines.stream().map(ReceivableLine::amount).reduce(Money.ZERO, Money::plus);
    }

    private void add(ReceivableLine.Kind kind, Money amount, LocalDate due) {
        if (amount.amount().signum() > 0) {
            lines.add(new ReceivableLine(kind, amount, due));
        }
    }

    /** Books a ledger line: money in may not exceed what is still due, money out may not exceed what came in. */
    void book(Money signedAmount) {
        Money after = received.plus(signedAmount);
        if (!signedAmount.isNegative() && after.isGreaterThan(expected)) {
            throw new DomainException("payments.overpaid", balance().toString());
        }
        if (after.isNegative()) {
            throw new DomainException("payments.refund-too-large", received.toString());
        }
        received = after;
    }

    /** The contract was cancelled: nothing more is due; what was kept (a forfeited deposit) stays received. */
    void cancel() {
        cancelled = true;
        expected = received;
    }

    Money balance() {
        Money balance = expected.minus(received);
        return balance.isNegative() ? Money.ZERO : balance;
    }

    /** What is still open of each line, paying the earliest due first. */
    List<Outstanding> outstanding() {
        return outstandingHaving(received);
    }

    /** What was open of each line when only {@code receivedSoFar} had come in (the ledger as of an earlier day). */
    List<Outstanding> outstandingHaving(Money receivedSoFar) {
        Money left = receivedSoFar.isNegative() ? Money.ZERO : receivedSoFar;
        List<Outstanding> open = new ArrayList<>();
        for (ReceivableLine line : lines.stream().sorted(Comparator.comparing(ReceivableLine::dueOn)).toList()) {
            Money covered = left.isGreaterThan(line.amount()) ? line.amount() : left;
            left = left.minus(covered);
            Money rest = line.amount().minus(covered);
            if (!cancelled && rest.amount().signum() > 0) {
                open.add(new Outstanding(line, rest));
            }
        }
        return open;
    }

    /** A line with what is still open of it. */
    record Outstanding(ReceivableLine line, Money amount) {
    }

    Long contractId() { return contractId; }
    String contractNumber() { return contractNumber; }
    Long customerId() { return customerId; }
    String customerName() { return customerName; }
    Long storeId() { return storeId; }
    Long ownerEmployeeId() { return ownerEmployeeId; }
    String ownerName() { return ownerName; }
    Money expected() { return expected; }
    Money received() { return received; }
    boolean cancelled() { return cancelled; }
    LocalDate openedOn() { return openedOn; }
    List<ReceivableLine> lines() { return List.copyOf(lines); }
}
