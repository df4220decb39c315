package com.autosales.customers;

/** 渠道类型 — a distributor's customer: wholesaler, retailer, agent, franchise, chain, specialty shop. */
public enum ChannelType {
    WHOLESALER, RETAILER, AGENT, FRANCHISE, CHAIN, SPECIALTY
}
