package com.autosales.customers;

/** Which rule sends a customer back to the pool: too long without a follow-up, or too long without a deal. */
public enum PoolRuleKind { NO_CONTACT, NO_DEAL }
