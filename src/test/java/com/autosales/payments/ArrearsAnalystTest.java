package com.autosales.payments;

import static com.autosales.payments.AgeingReportTest.TODAY;
import static com.autosales.payments.AgeingReportTest.account;
import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrearsAnalystTest {

    private static Payment pay(ReceivableAccount account, long amount, LocalDate on) {
        account.book(Money.of(amount));
        return new Payment("k-" + account.contractId() + on, account, PaymentKind.FINAL_PAYMENT, PaymentChannel.CASH,
                Money.of(amount), on, null, null, null, null, "finance", "财务", Instant.EPOCH);
    }

    @Test
    void theTrendTakesTheLedgerBackToEachMonthEndAndEndsWithTodaysOverdue() {
        // deposit 10,000 due 2026-01-10, the rest 90,000 due 2026-02-15; paid 10,000 on 01-20 and 50,000 on 04-10
        ReceivableAccount a = account(1, "王先生", 11, "张顾问", 100_000, 10_000, LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 2, 15));
        Payment deposit = pay(a, 10_000, LocalDate.of(2026, 1, 20));
        Payment part = pay(a, 50_000, LocalDate.of(2026, 4, 10));
        ReceivableAccount notYetDue = account(2, "李女士", 11, "张顾问", 80_000, 0, TODAY, TODAY.plusDays(10));

        ArrearsAnalysis analysis = ArrearsAnalyst.of(List.of(a, notYetDue), Map.of(), List.of(deposit, part), TODAY,
                tasks -> new ArrearsAnalyst.LastContact(null, null));

        assertThat(analysis.trend()).extracting(ArrearsAnalysis.TrendPoint::asOf).containsExactly(
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), TODAY);
        assertThat(analysis.trend()).extracting(ArrearsAnalysis.TrendPoint::overdue).containsExactly(
                Money.ZERO, Money.ZERO, Money.of(90_000), Money.of(90_000), Money.of(40_000), Money.of(40_000));
        AgeingReport ageing = AgeingReport.of(List.of(a, notYetDue), TODAY, id -> "浦东店");
        assertThat(analysis.trend().get(5).overdue()).isEqualTo(ageing.overdue()).isEqualTo(analysis.overdueTotal());
        assertThat(analysis.byCause()).hasSize(ArrearsCause.values().length + 1);
        assertThat(analysis.byCause().get(ArrearsCause.values().length).amount()).isEqualTo(Money.of(40_000));
        assertThat(analysis.topDebtors()).singleElement().satisfies(d -> {
            assertThat(d.customerName()).isEqualTo("王先生");
            assertThat(d.oldestDaysOverdue()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 2, 15), TODAY));
        });
    }
}
