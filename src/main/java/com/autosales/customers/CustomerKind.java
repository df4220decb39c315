package com.autosales.customers;

/** 个人 / 单位. */
public enum CustomerKind { INDIVIDUAL, ORGANISATION }
