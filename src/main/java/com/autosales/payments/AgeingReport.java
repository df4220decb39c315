package com.autosales.payments;

import com.autosales.shared.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 应收账龄 as of a day: each contract's open lines by how long they are overdue, totalled per bucket and per customer,
 * consultant or store. The grand total is exactly what the contracts expect less what the ledger received for them, and
 * each breakdown adds up to it.
 */
public record AgeingReport(LocalDate asOf, Map<AgeingBucket, Money> totals, Money total, List<Row> byCustomer,
        List<Row> byConsultant, List<Row> byStore) {

    /** A customer's, consultant's or store's open amounts per bucket. */
    public record Row(String name, Map<AgeingBucket, Money> buckets, Money total) {
    }

    /** What is overdue (due before the day), i.e. every bucket but {@link AgeingBucket#CURRENT}. */
    public Money overdue() {
        return total.minus(totals.get(AgeingBucket.CURRENT));
    }

    /** An amount still open of a contract, in an ageing bucket, with whose it is. */
    record OpenAmount(String customerName, String ownerName, Long storeId, AgeingBucket bucket, Money amount) {
    }

    /** The ageing of the accounts' open lines, worked out line by line in Java (the rule {@link OpenAmounts} follows). */
    static AgeingReport of(List<ReceivableAccount> accounts, LocalDate asOf, Function<Long, String> storeName) {
        List<OpenAmount> amounts = new ArrayList<>();
        for (ReceivableAccount a : accounts) {
            for (ReceivableAccount.Outstanding o : a.outstanding()) {
                AgeingBucket bucket = AgeingBucket.of(ChronoUnit.DAYS.between(o.line().dueOn(), asOf));
                amounts.add(new OpenAmount(a.customerName(), a.ownerName(), a.storeId(), bucket, o.amount()));
            }
        }
        return ofOpenAmounts(amounts, asOf, storeName);
    }

    /** Totals per bucket and per customer, consultant and store; equal totals keep the order the amounts came in. */
    static AgeingReport ofOpenAmounts(List<OpenAmount> amounts, LocalDate asOf, Function<Long, String> storeName) {
        Map<AgeingBucket, Money> totals = empty();
        Map<String, Map<AgeingBucket, Money>> customers = new LinkedHashMap<>();
        Map<String, Map<AgeingBucket, Money>> consultants = new LinkedHashMap<>();
        Map<String, Map<AgeingBucket, Money>> stores = new LinkedHashMap<>();
        for (OpenAmount o : amounts) {
            totals.merge(o.bucket(), o.amount(), Money::plus);
            customers.computeIfAbsent(o.customerName(), k -> empty()).merge(o.bucket(), o.amount(), Money::plus);
            consultants.computeIfAbsent(o.ownerName() == null ? "—" : o.ownerName(), k -> empty())
                    .merge(o.bucket(), o.amount(), Money::plus);
            stores.computeIfAbsent(storeName.apply(o.storeId()), k -> empty()).merge(o.bucket(), o.amount(), Money::plus);
        }
        return new AgeingReport(asOf, totals, sum(totals), rows(customers, Row::total), rows(consultants, Row::total),
                rows(stores, Row::total));
    }

    private static List<Row> rows(Map<String, Map<AgeingBucket, Money>> byName, Function<Row, Money> order) {
        return byName.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue(), sum(e.getValue())))
                .sorted((x, y) -> order.apply(y).compareTo(order.apply(x))).toList();
    }

    private static Map<AgeingBucket, Money> empty() {
        Map<AgeingBucket, Money> map = new EnumMap<>(AgeingBucket.class);
        for (AgeingBucket b : AgeingBucket.values()) {
            map.put(b, Money.ZERO);
        }
        return map;
    }

    private static Money sum(Map<AgeingBucket, Money> buckets) {
        return buckets.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
