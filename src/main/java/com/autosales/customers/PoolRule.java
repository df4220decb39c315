package com.autosales.customers;

/**
 * 公海规则 of one store for one grade ({@code A}, {@code B}, {@code C} or {@code NONE}): days without follow-up and
 * days without a deal before the customer returns to the pool (0 = rule off), and the owner's reminder that many
 * days before.
 */
public record PoolRule(String grade, int daysWithoutContact, int daysWithoutDeal, int reminderDays) {

    public static final String UNGRADED = "NONE";

    static String gradeOf(Grade grade) {
        return grade == null ? UNGRADED : grade.name();
    }
}
