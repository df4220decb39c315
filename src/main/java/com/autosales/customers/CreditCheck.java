package com.autosales.customers;

import com.autosales.shared.Money;

/**
 * 信用检查 — would this order take the customer over their credit limit? Sales asks before a contract or order;
 * an order that exceeds the limit needs approval.
 *
 * @param limitSet     whether a credit limit was set at all; without one, nothing is sold on credit and
 *                     {@code exceedsLimit} is false (sales decides by its own rules, e.g. cash only)
 * @param limit        the credit limit (zero when none is set)
 * @param exposure     open receivables now, as payments last reported
 * @param orderAmount  the order asked about
 * @param available    credit left before the order: limit − exposure, never below zero
 * @param exceedsLimit exposure + order &gt; limit
 * @param excess       by how much exposure + order goes over the limit (zero when it does not)
 */
public record CreditCheck(Long customerId, boolean limitSet, Money limit, Money exposure, Money orderAmount,
        Money available, boolean exceedsLimit, Money excess) {

    /** The arithmetic, for a limit (null: none set), the current exposure and an order amount. */
    public static CreditCheck of(Long customerId, Money limit, Money exposure, Money orderAmount) {
        Money order = orderAmount == null ? Money.ZERO : orderAmount;
        Money open = exposure == null ? Money.ZERO : exposure;
        if (order.isNegative()) {
            throw new com.autosales.shared.DomainException("customer.credit-order-negative");
        }
        if (limit == null) {
            return new CreditCheck(customerId, false, Money.ZERO, open, order, Money.ZERO, false, Money.ZERO);
        }
        Money left = limit.minus(open);
        Money after = open.plus(order);
        Money over = after.minus(limit);
        return new CreditCheck(customerId, true, limit, open, order, left.isNegative() ? Money.ZERO : left,
                over.isGreaterThan(Money.ZERO), over.isGreaterThan(Money.ZERO) ? over : Money.ZERO);
    }
}
