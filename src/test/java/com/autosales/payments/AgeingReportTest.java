package com.autosales.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgeingReportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    /** A signed contract: total, deposit due at signing, the rest (nothing financed) due on delivery. */
    static ReceivableAccount account(long id, String customer, long store, String consultant, long total, long deposit,
            LocalDate signed, LocalDate delivery) {
        return new ReceivableAccount(new ContractFacts(id, "HT" + id, id * 10, customer, store, id * 100, consultant,
                Money.of(total), Money.of(deposit), null, signed, delivery));
    }

    @Test
    void everyBreakdownAddsUpToTheGrandTotalOfWhatIsExpectedLessWhatCameIn() {
        ReceivableAccount overdue = account(1, "王先生", 11, "张顾问", 200_000, 20_000, TODAY.minusDays(100), TODAY.minusDays(45));
        overdue.book(Money.of(20_000));
        ReceivableAccount current = account(2, "李女士", 12, "张顾问", 150_000, 10_000, TODAY, TODAY.plusDays(20));
        ReceivableAccount veryOld = account(3, "王先生", 12, "赵顾问", 90_000, 5_000, TODAY.minusDays(200), TODAY.minusDays(120));
        veryOld.book(Money.of(30_000));
        List<ReceivableAccount> accounts = List.of(overdue, current, veryOld);

        AgeingReport report = AgeingReport.of(accounts, TODAY, id -> Map.of(11L, "浦东店", 12L, "徐汇店").get(id));

        Money expectedLessReceived = Money.of(200_000 - 20_000 + 150_000 + 90_000 - 30_000);
        assertThat(report.total()).isEqualTo(expectedLessReceived);
        for (List<AgeingReport.Row> breakdown : List.of(report.byCustomer(), report.byConsultant(), report.byStore())) {
            assertThat(breakdown.stream().map(AgeingReport.Row::total).reduce(Money.ZERO, Money::plus))
                    .isEqualTo(expectedLessReceived);
        }
        assertThat(report.byStore()).extracting(AgeingReport.Row::name).containsExactly("徐汇店", "浦东店");
        AgeingReport.Row xuhui = report.byStore().get(0);
        assertThat(xuhui.total()).isEqualTo(Money.of(150_000 + 60_000));
        assertThat(xuhui.buckets().get(AgeingBucket.CURRENT)).isEqualTo(Money.of(150_000));
        assertThat(xuhui.buckets().get(AgeingBucket.OVER_90)).isEqualTo(Money.of(60_000));
        assertThat(report.totals().get(AgeingBucket.DAYS_31_60)).isEqualTo(Money.of(180_000));
        assertThat(report.overdue()).isEqualTo(Money.of(180_000 + 60_000));
    }

    /**
     * Generated books (seeded, so a failure repeats): a few hundred contracts, cash or financed, signed over the last year,
     * each paid anything from nothing to all of it in several payments. The ageing must account for every cent.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026, 90210})
    void onGeneratedBooksTheAgeingAccountsForEveryCentOfExpectedLessReceived(long seed) {
        Random random = new Random(seed);
        List<ReceivableAccount> accounts = new java.util.ArrayList<>();
        long expectedCents = 0;
        long receivedCents = 0;
        for (long id = 1; id <= 300; id++) {
            long totalCents = 8_000_000 + random.nextInt(40_000_000);
            long depositCents = 500_000 + random.nextInt(2_000_000);
            long financedCents = random.nextBoolean() ? (totalCents - depositCents) / 2 : 0;
            LocalDate signed = TODAY.minusDays(random.nextInt(365));
            ReceivableAccount account = new ReceivableAccount(new ContractFacts(id, "HT" + id, id, "客户" + random.nextInt(60),
                    1L + random.nextInt(4), 100L + random.nextInt(12), "顾问" + random.nextInt(12), cents(totalCents),
                    cents(depositCents), financedCents == 0 ? null : cents(financedCents), signed,
                    signed.plusDays(random.nextInt(60))));
            long paidCents = random.nextInt(4) == 0 ? 0 : (long) (totalCents * random.nextDouble());
            for (long left = paidCents; left > 0; ) {
                long part = Math.min(left, 1 + (long) (random.nextDouble() * totalCents / 3));
                account.book(cents(part));
                left -= part;
            }
            expectedCents += totalCents;
            receivedCents += paidCents;
            accounts.add(account);
        }

        AgeingReport report = AgeingReport.of(accounts, TODAY, id -> "门店" + id);

        Money owed = cents(expectedCents - receivedCents);
        assertThat(report.total()).isEqualTo(owed);
        assertThat(report.totals().values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(owed);
        for (List<AgeingReport.Row> breakdown : List.of(report.byCustomer(), report.byConsultant(), report.byStore())) {
            assertThat(breakdown.stream().map(AgeingReport.Row::total).reduce(Money.ZERO, Money::plus)).isEqualTo(owed);
            for (AgeingReport.Row row : breakdown) {
                assertThat(row.buckets().values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(row.total());
            }
        }
    }

    private static Money cents(long cents) {
        return Money.of(java.math.BigDecimal.valueOf(cents, 2));
    }
}
