package com.autosales.customers;

/** 潜在 / 新 / 老 customer. */
public enum Lifecycle { POTENTIAL, NEW, OLD }
