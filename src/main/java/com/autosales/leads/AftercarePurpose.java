package com.autosales.leads;

/** 交车后回访 — the calls after delivery, by how many days after it they are due. */
public enum AftercarePurpose {
    DAY_1(1), DAY_7(7), DAY_30(30);

    private final int days;

    AftercarePurpose(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    public String messageKey() {
        return "leads.aftercare." + name();
    }
}
