package com.autosales.customers;

/** 信用状况 — how the customer has kept to payment terms. */
public enum CreditStanding {
    GOOD, NORMAL, POOR
}
