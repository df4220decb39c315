package com.autosales.customers;

/** 发展潜力 — a customer's growth potential. */
public enum GrowthPotential {
    HIGH, MEDIUM, LOW
}
