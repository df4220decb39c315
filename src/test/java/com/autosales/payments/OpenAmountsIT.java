package com.autosales.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.access.RecordScope;
import com.autosales.shared.Money;
import com.autosales.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ageing summed in SQL ({@link OpenAmounts}) gives exactly the report the line-by-line rule in Java gives, on
 * generated books with the awkward cases: payments that cover some lines and part of the next, a deposit and the
 * balance due on the same day, financed contracts, refunds below zero, cancelled contracts, fully paid ones.
 */
@IntegrationTest
class OpenAmountsIT {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Autowired ReceivableAccounts accounts;
    @Autowired OpenAmounts openAmounts;

    @Test
    void theAgeingInSqlEqualsTheRuleInJavaToTheCent() {
        Random random = new Random(2026);
        long store = 900_000_000L + Math.abs(random.nextInt(1_000_000)) * 10L + System.nanoTime() % 10;
        long firstId = 9_000_000_000L + (System.nanoTime() % 1_000_000) * 1_000;
        List<ReceivableAccount> books = new ArrayList<>();
        for (long id = firstId; id < firstId + 200; id++) {
            long totalCents = 8_000_000 + random.nextInt(40_000_000);
            long depositCents = 500_000 + random.nextInt(2_000_000);
            long financedCents = random.nextInt(3) == 0 ? (totalCents - depositCents) / 2 : 0;
            LocalDate signed = TODAY.minusDays(random.nextInt(200));
            LocalDate delivery = random.nextInt(5) == 0 ? signed : signed.plusDays(random.nextInt(90));
            ReceivableAccount account = new ReceivableAccount(new ContractFacts(id, "HT" + id, id, "客户" + random.nextInt(40),
                    store + random.nextInt(3), 100L + random.nextInt(8), random.nextInt(9) == 0 ? null : "顾问" + random.nextInt(8),
                    cents(totalCents), cents(depositCents), financedCents == 0 ? null : cents(financedCents), signed, delivery));
            switch (random.nextInt(6)) {
                case 0 -> { } // nothing paid
                case 1 -> account.book(cents(totalCents)); // paid in full: nothing open
                case 2 -> {
                    account.book(cents(depositCents));
                    account.book(cents(-depositCents)); // refunded: received back to zero
                }
                case 3 -> {
                    account.book(cents(depositCents + random.nextInt(1_000_000)));
                    account.cancel();
                }
                default -> account.book(cents(depositCents + (long) (random.nextDouble() * (totalCents - depositCents))));
            }
            books.add(account);
        }
        accounts.saveAll(books);
        RecordScope scope = new RecordScope(false, Set.of(store, store + 1, store + 2), true, Set.of());

        AgeingReport inSql = AgeingReport.ofOpenAmounts(openAmounts.asOf(TODAY, scope), TODAY, id -> "门店" + id);
        AgeingReport inJava = AgeingReport.of(books.stream()
                .filter(a -> !a.cancelled() && a.expected().isGreaterThan(a.received()))
                .sorted((x, y) -> x.openedOn().equals(y.openedOn()) ? y.contractId().compareTo(x.contractId())
                        : y.openedOn().compareTo(x.openedOn()))
                .toList(), TODAY, id -> "门店" + id);

        assertThat(inSql.total().amount()).isPositive();
        assertThat(inSql).isEqualTo(inJava);
    }

    private static Money cents(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2));
    }
}
