package com.autosales.payments;

import com.autosales.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * 拖欠分析 as of a day: what is overdue (due before the day and not paid, the ageing report's rule) by the cause recorded
 * on its collection task, the overdue balance at the last month-ends, and the customers who owe most.
 */
public record ArrearsAnalysis(LocalDate asOf, Money overdueTotal, List<CauseTotal> byCause, List<TrendPoint> trend,
        List<Debtor> topDebtors) {

    /** The overdue money of contracts whose collection task has this cause ({@code null}: none recorded yet). */
    public record CauseTotal(ArrearsCause cause, Money amount, int contracts) {
    }

    /** The overdue balance at the end of a day; the last point is the analysis day itself. */
    public record TrendPoint(LocalDate asOf, Money overdue) {
    }

    /**
     * A customer with overdue money: the contracts concerned, how long the oldest amount is overdue, their consultants,
     * and the latest contact note and promised payment date of those contracts' collection tasks (null when none).
     */
    public record Debtor(Long customerId, String customerName, List<String> contracts, Money overdue,
            long oldestDaysOverdue, List<String> consultants, String lastNote, LocalDate promisedOn) {
    }
}
