package com.autosales.customers;

import com.autosales.shared.Money;
import java.time.Instant;

/**
 * 信用 — as the card and the API show it: what managers set, the exposure payments reported, and what follows
 * (available credit, how much of the limit is used, whether the exposure is over the limit and by how much).
 */
public record CreditView(Long customerId, CreditRating rating, Money limit, Integer paymentDays, String paymentTerms,
        Money exposure, Instant exposureAt, Money available, int usagePercent, boolean overLimit, Money overBy,
        long version) {

    static CreditView of(Long customerId, CreditAccount account) {
        if (account == null) {
            return new CreditView(customerId, null, null, null, null, Money.ZERO, null, null, 0, false, Money.ZERO, -1);
        }
        CreditCheck now = CreditCheck.of(customerId, account.creditLimit(), account.exposure(), Money.ZERO);
        boolean over = account.creditLimit() != null && account.exposure().isGreaterThan(account.creditLimit());
        return new CreditView(customerId, account.rating(), account.creditLimit(), account.paymentDays(),
                account.paymentTerms(), account.exposure(), account.exposureAt(),
                account.creditLimit() == null ? null : now.available(), usage(account.creditLimit(), account.exposure()),
                over, over ? account.exposure().minus(account.creditLimit()) : Money.ZERO,
                CreditAccount.versionOf(account));
    }

    /** Share of the limit in use, 0–100 (100 when over, or when there is exposure but a zero limit). */
    static int usage(Money limit, Money exposure) {
        if (limit == null || exposure == null || !exposure.isGreaterThan(Money.ZERO)) {
            return 0;
        }
        if (!limit.isGreaterThan(Money.ZERO)) {
            return 100;
        }
        int percent = exposure.amount().multiply(java.math.BigDecimal.valueOf(100))
                .divide(limit.amount(), 0, java.math.RoundingMode.HALF_UP).intValue();
        return Math.min(100, Math.max(0, percent));
    }

    /** Whether anything was set or reported at all. */
    public boolean isEmpty() {
        return version < 0;
    }
}
