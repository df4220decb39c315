package com.autosales.customers;

/** 客户性质 — government, special partner, ordinary company, individual, trade partner. */
public enum CustomerNature {
    GOVERNMENT, SPECIAL_PARTNER, ORDINARY_COMPANY, INDIVIDUAL, TRADE_PARTNER
}
