package com.autosales.customers;

/** Customer grade A/B/C by volume and margin. */
public enum Grade { A, B, C }
