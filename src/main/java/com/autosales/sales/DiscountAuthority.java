package com.autosales.sales;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;

/**
 * 折扣权限 — the largest discount one position may give on its own: at most {@code maxPercent} of the MSRP and at most
 * {@code maxAmount} yuan; a limit left empty does not apply, both empty means unlimited (e.g. the GM).
 */
public record DiscountAuthority(Percentage maxPercent, Money maxAmount) {

    public static final DiscountAuthority NONE = new DiscountAuthority(Percentage.of("0"), Money.ZERO);
    public static final DiscountAuthority UNLIMITED = new DiscountAuthority(null, null);

    public boolean covers(Money discount, Percentage discountPercent) {
        boolean amountOk = maxAmount == null || discount.compareTo(maxAmount) <= 0;
        boolean percentOk = maxPercent == null || discountPercent.value().compareTo(maxPercent.value()) <= 0;
        return amountOk && percentOk;
    }

    public boolean unlimited() {
        return maxPercent == null && maxAmount == null;
    }
}
