package com.autosales.payments;

import com.autosales.shared.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Works out the {@link ArrearsAnalysis} of a reader's accounts: what is overdue today by cause and per customer, and
 * what was overdue at earlier month-ends, the ledger taken back to each day (payments paid after it left out).
 */
final class ArrearsAnalyst {

    static final int TREND_POINTS = 6;
    static final int TOP_DEBTORS = 10;

    /** The latest contact note and promised date of a customer's tasks, looked up only for the top debtors. */
    record LastContact(String note, LocalDate promisedOn) {
    }

    private ArrearsAnalyst() {
    }

    /**
     * @param accounts the reader's accounts, open or not (a contract paid since was overdue at an earlier month-end)
     * @param tasks the open collection tasks by contract id
     * @param paymentsAfterFirstPoint ledger lines paid after the first trend day, of those accounts
     */
    static ArrearsAnalysis of(List<ReceivableAccount> accounts, Map<Long, CollectionTask> tasks,
            List<Payment> paymentsAfterFirstPoint, LocalDate today,
            Function<List<CollectionTask>, LastContact> lastContact) {
        List<Overdue> overdue = accounts.stream().map(a -> Overdue.of(a, a.outstanding(), today))
                .filter(o -> o.amount().amount().signum() > 0).toList();
        Money total = overdue.stream().map(Overdue::amount).reduce(Money.ZERO, Money::plus);
        return new ArrearsAnalysis(today, total, byCause(overdue, tasks),
                trend(accounts, paymentsAfterFirstPoint, today), topDebtors(overdue, tasks, lastContact));
    }

    /** The trend's days: the ends of the previous months, then today. */
    static List<LocalDate> trendDays(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (int back = TREND_POINTS - 1; back >= 1; back--) {
            days.add(today.minusMonths(back).with(TemporalAdjusters.lastDayOfMonth()));
        }
        days.add(today);
        return days;
    }

    private static List<ArrearsAnalysis.CauseTotal> byCause(List<Overdue> overdue, Map<Long, CollectionTask> tasks) {
        Map<ArrearsCause, Money> amounts = new LinkedHashMap<>();
        Map<ArrearsCause, Integer> counts = new HashMap<>();
        for (Overdue o : overdue) {
            CollectionTask task = tasks.get(o.account().contractId());
            ArrearsCause cause = task == null ? null : task.cause();
            amounts.merge(cause, o.amount(), Money::plus);
            counts.merge(cause, 1, Integer::sum);
        }
        List<ArrearsCause> causes = new ArrayList<>(List.of(ArrearsCause.values()));
        causes.add(null);
        return causes.stream().map(c -> new ArrearsAnalysis.CauseTotal(c, amounts.getOrDefault(c, Money.ZERO),
                counts.getOrDefault(c, 0))).toList();
    }

    private static List<ArrearsAnalysis.TrendPoint> trend(List<ReceivableAccount> accounts, List<Payment> payments,
            LocalDate today) {
        Map<Long, List<Payment>> byContract = new HashMap<>();
        payments.forEach(p -> byContract.computeIfAbsent(p.contractId(), k -> new ArrayList<>()).add(p));
        return trendDays(today).stream().map(day -> new ArrearsAnalysis.TrendPoint(day, accounts.stream()
                // a cancelled contract expects nothing any more, and the day it was cancelled is not kept with it
                .filter(a -> !a.cancelled() && !a.openedOn().isAfter(day))
                .map(a -> Overdue.of(a, a.outstandingHaving(a.received().minus(paidAfter(byContract.get(a.contractId()), day))), day).amount())
                .reduce(Money.ZERO, Money::plus))).toList();
    }

    private static Money paidAfter(List<Payment> payments, LocalDate day) {
        return payments == null ? Money.ZERO : payments.stream().filter(p -> p.paidOn().isAfter(day))
                .map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }

    private static List<ArrearsAnalysis.Debtor> topDebtors(List<Overdue> overdue, Map<Long, CollectionTask> tasks,
            Function<List<CollectionTask>, LastContact> lastContact) {
        Map<Object, List<Overdue>> byCustomer = new LinkedHashMap<>();
        overdue.forEach(o -> byCustomer.computeIfAbsent(customerKey(o.account()), k -> new ArrayList<>()).add(o));
        return byCustomer.values().stream().map(ArrearsAnalyst::debtorFigures)
                .sorted(Comparator.comparing(DebtorFigures::amount).reversed()
                        .thenComparing(Comparator.comparingLong(DebtorFigures::oldestDays).reversed())
                        .thenComparing(f -> f.contracts().get(0).account().customerName()))
                .limit(TOP_DEBTORS).map(f -> f.debtor(tasks, lastContact)).toList();
    }

    private static Object customerKey(ReceivableAccount a) {
        return a.customerId() != null ? a.customerId() : a.customerName();
    }

    private static DebtorFigures debtorFigures(List<Overdue> contracts) {
        Money amount = contracts.stream().map(Overdue::amount).reduce(Money.ZERO, Money::plus);
        long oldest = contracts.stream().mapToLong(Overdue::days).max().orElse(0);
        return new DebtorFigures(contracts, amount, oldest);
    }

    private record DebtorFigures(List<Overdue> contracts, Money amount, long oldestDays) {

        ArrearsAnalysis.Debtor debtor(Map<Long, CollectionTask> tasks, Function<List<CollectionTask>, LastContact> lastContact) {
            ReceivableAccount first = contracts.get(0).account();
            Set<String> consultants = new LinkedHashSet<>();
            contracts.forEach(o -> consultants.add(o.account().ownerName() == null ? "—" : o.account().ownerName()));
            List<CollectionTask> open = contracts.stream().map(o -> tasks.get(o.account().contractId()))
                    .filter(Objects::nonNull).toList();
            LastContact contact = open.isEmpty() ? new LastContact(null, null) : lastContact.apply(open);
            return new ArrearsAnalysis.Debtor(first.customerId(), first.customerName(),
                    contracts.stream().map(o -> o.account().contractNumber()).toList(), amount, oldestDays,
                    List.copyOf(consultants), contact.note(), contact.promisedOn());
        }
    }

    /** What of an account was overdue on a day (due before it) and how many days the oldest of it was. */
    private record Overdue(ReceivableAccount account, Money amount, long days) {

        static Overdue of(ReceivableAccount account, List<ReceivableAccount.Outstanding> open, LocalDate day) {
            List<ReceivableAccount.Outstanding> due = open.stream().filter(o -> o.line().dueOn().isBefore(day)).toList();
            Money amount = due.stream().map(ReceivableAccount.Outstanding::amount).reduce(Money.ZERO, Money::plus);
            long days = due.stream().mapToLong(o -> ChronoUnit.DAYS.between(o.line().dueOn(), day)).max().orElse(0);
            return new Overdue(account, amount, days);
        }
    }
}
