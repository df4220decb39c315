package com.autosales.customers;

/** What an address of a customer is for: 注册地址 / 办公地址 / 收货地址 / 家庭住址. */
public enum AddressLabel { REGISTERED, OFFICE, DELIVERY, HOME }
