package com.autosales.customers;

import com.autosales.shared.DomainException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The pool's rules as plain decisions, so they can be explained on the card and unit-tested. */
final class PoolRules {

    static final PoolLimits DEFAULT_LIMITS = new PoolLimits(300, 10, 30);

    static final Map<String, PoolRule> DEFAULT_RULES = Map.of(
            "A", new PoolRule("A", 30, 180, 5),
            "B", new PoolRule("B", 15, 90, 3),
            "C", new PoolRule("C", 7, 60, 2),
            PoolRule.UNGRADED, new PoolRule(PoolRule.UNGRADED, 15, 90, 3));

    static final int MAX_DAYS = 3650;

    private PoolRules() {
    }

    /**
     * When the customer returns to the pool under this rule. The clocks start at the last follow-up (deal), but
     * never before the customer was registered or the current owner got it, so a fresh claim is not due at once.
     * Empty when every rule of the grade is off.
     */
    static Optional<PoolForecast> forecast(PoolRule rule, LocalDate createdOn, LocalDate lastContactOn,
            LocalDate lastDealOn, LocalDate ownedSince) {
        LocalDate contactDue = rule.daysWithoutContact() > 0
                ? latest(createdOn, lastContactOn, ownedSince).plusDays(rule.daysWithoutContact()) : null;
        LocalDate dealDue = rule.daysWithoutDeal() > 0
                ? latest(createdOn, lastDealOn, ownedSince).plusDays(rule.daysWithoutDeal()) : null;
        if (contactDue == null && dealDue == null) {
            return Optional.empty();
        }
        boolean byContact = contactDue != null && (dealDue == null || !dealDue.isBefore(contactDue));
        LocalDate due = byContact ? contactDue : dealDue;
        LocalDate reminder = rule.reminderDays() > 0 ? due.minusDays(rule.reminderDays()) : null;
        return Optional.of(new PoolForecast(due, byContact ? PoolRuleKind.NO_CONTACT : PoolRuleKind.NO_DEAL,
                byContact ? rule.daysWithoutContact() : rule.daysWithoutDeal(), rule.grade(), reminder));
    }

    private static LocalDate latest(LocalDate... dates) {
        LocalDate latest = null;
        for (LocalDate d : dates) {
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }

    /**
     * May this consultant claim one more customer today? Refuses with the limit that stops them.
     *
     * @param lostOn when this consultant last released or lost this very customer, or {@code null}
     */
    static void checkClaim(PoolLimits limits, long owned, long claimedToday, LocalDate lostOn, LocalDate today) {
        if (lostOn != null && limits.cooldownDays() > 0 && today.isBefore(lostOn.plusDays(limits.cooldownDays()))) {
            throw new DomainException("customer.pool-cooldown", limits.cooldownDays(),
                    lostOn.plusDays(limits.cooldownDays()).toString());
        }
        if (owned >= limits.maxOwned()) {
            throw new DomainException("customer.pool-cap-owned", limits.maxOwned());
        }
        if (claimedToday >= limits.maxClaimsPerDay()) {
            throw new DomainException("customer.pool-cap-claims", limits.maxClaimsPerDay());
        }
    }

    /** Settings a manager typed: each number in range, the reminder before the earliest active rule. */
    static void validate(PoolRule rule) {
        if (rule.daysWithoutContact() < 0 || rule.daysWithoutContact() > MAX_DAYS || rule.daysWithoutDeal() < 0
                || rule.daysWithoutDeal() > MAX_DAYS || rule.reminderDays() < 0) {
            throw new DomainException("customer.pool-days-out-of-range", MAX_DAYS);
        }
        int shortest = Math.min(rule.daysWithoutContact() > 0 ? rule.daysWithoutContact() : Integer.MAX_VALUE,
                rule.daysWithoutDeal() > 0 ? rule.daysWithoutDeal() : Integer.MAX_VALUE);
        if (rule.reminderDays() > 0 && rule.reminderDays() >= shortest) {
            throw new DomainException("customer.pool-reminder-too-late", rule.grade());
        }
    }

    static void validate(PoolLimits limits) {
        if (limits.maxOwned() < 1 || limits.maxClaimsPerDay() < 1 || limits.cooldownDays() < 0
                || limits.cooldownDays() > MAX_DAYS) {
            throw new DomainException("customer.pool-limits-out-of-range");
        }
    }
}
