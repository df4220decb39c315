package com.autosales.payments;

import com.autosales.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's receivables: expected, received, balance, each expected line with what is still open of it, and the
 * oldest overdue days (0 when nothing is overdue).
 */
public record ReceivableView(Long contractId, String contractNumber, Long customerId, String customerName,
        Long storeId, Long ownerEmployeeId, String ownerName, Money expected, Money received, Money balance,
        boolean cancelled, List<Line> lines, LocalDate nextDue, long overdueDays) {

    /** An expected amount: DEPOSIT, CUSTOMER_BALANCE or LOAN, due on a day, with what is still open. */
    public record Line(String kind, Money amount, LocalDate dueOn, Money open) {
    }

    static ReceivableView of(ReceivableAccount a, LocalDate today) {
        List<ReceivableAccount.Outstanding> open = a.outstanding();
        List<Line> lines = a.lines().stream().map(l -> new Line(l.kind().name(), l.amount(), l.dueOn(),
                open.stream().filter(o -> o.line().equals(l)).map(ReceivableAccount.Outstanding::amount).findFirst()
                        .orElse(Money.ZERO))).toList();
        LocalDate nextDue = open.stream().map(o -> o.line().dueOn()).min(LocalDate::compareTo).orElse(null);
        long overdue = nextDue == null || !nextDue.isBefore(today) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(nextDue, today);
        return new ReceivableView(a.contractId(), a.contractNumber(), a.customerId(), a.customerName(), a.storeId(),
                a.ownerEmployeeId(), a.ownerName(), a.expected(), a.received(), a.balance(), a.cancelled(), lines,
                nextDue, overdue);
    }
}
