package com.autosales.customers;

import java.time.LocalDate;

/** When an owned customer returns to the pool, under which rule, and when its owner is reminded. */
public record PoolForecast(LocalDate dueDate, PoolRuleKind kind, int days, String grade, LocalDate reminderDate) {

    public boolean dueOn(LocalDate today) {
        return !today.isBefore(dueDate);
    }

    public boolean remindOn(LocalDate today) {
        return reminderDate != null && !today.isBefore(reminderDate) && today.isBefore(dueDate);
    }
}
