package com.autosales.customers;

/** 交易阶段 — traded in the past, trading now, or about to trade. */
public enum TradeStage {
    PAST, TRADING, ABOUT_TO_TRADE
}
