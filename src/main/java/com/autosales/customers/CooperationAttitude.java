package com.autosales.customers;

/** 合作态度 — the customer's attitude to working with us. */
public enum CooperationAttitude {
    POSITIVE, NEUTRAL, RESERVED
}
