package com.autosales.customers;

/** 信用等级 — how far the store trusts the customer to pay on terms, best first. */
public enum CreditRating {
    AAA, AA, A, B, C
}
