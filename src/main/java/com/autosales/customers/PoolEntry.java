package com.autosales.customers;

import java.time.Instant;

/**
 * A customer waiting in a pool, as the pool page shows it: phone masked, since when and why it is there.
 *
 * @param reason    {@code RELEASED} (its owner gave it back) or {@code RECLAIMED} (a rule took it back)
 * @param ruleKind  the rule that took it back, with its days and grade ({@code A}/{@code B}/{@code C}/{@code NONE})
 * @param note      the owner's reason for releasing it
 */
public record PoolEntry(Long customerId, Long storeId, String name, String phone, Grade grade, Lifecycle lifecycle,
        Long poolId, String poolName, boolean defaultPool, Instant since, String reason, PoolRuleKind ruleKind,
        Integer ruleDays, String ruleGrade, String note, String previousOwnerName) {
}
