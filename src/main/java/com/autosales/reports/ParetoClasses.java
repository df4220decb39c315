package com.autosales.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ABC (Pareto) classes of customers by revenue: ranked from the largest, class A holds the customers making the first
 * 80 % of revenue, B the next 15 %, C the rest. A customer whose revenue crosses a line belongs to the class before it
 * (the one crossing 80 % is still A), so class A is never empty while there is revenue.
 */
final class ParetoClasses {

    static final BigDecimal A_LINE = BigDecimal.valueOf(80);
    static final BigDecimal B_LINE = BigDecimal.valueOf(95);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    enum Grade { A, B, C }

    /** A customer's revenue to be classed. */
    record Entry(Long customerId, String name, BigDecimal revenue) {
    }

    /** A customer ranked: its class and the share of revenue up to and including it (one decimal). */
    record Ranked(Entry entry, Grade grade, BigDecimal cumulativePercent) {
    }

    private ParetoClasses() {
    }

    /** The customers from the largest revenue down (ties by id), each with its class. */
    static List<Ranked> rank(List<Entry> entries) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::revenue).reversed()
                .thenComparing(Entry::customerId, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        BigDecimal total = sorted.stream().map(Entry::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Ranked> ranked = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        for (Entry e : sorted) {
            ranked.add(new Ranked(e, gradeOf(before, total), Shares.percent(before.add(e.revenue()), total)));
            before = before.add(e.revenue());
        }
        return ranked;
    }

    /** The class of a customer given the revenue of everyone ranked before it. */
    private static Grade gradeOf(BigDecimal before, BigDecimal total) {
        if (total.signum() <= 0) {
            return Grade.C;
        }
        BigDecimal percentBefore = before.multiply(HUNDRED);
        if (percentBefore.compareTo(A_LINE.multiply(total)) < 0) {
            return Grade.A;
        }
        return percentBefore.compareTo(B_LINE.multiply(total)) < 0 ? Grade.B : Grade.C;
    }
}
