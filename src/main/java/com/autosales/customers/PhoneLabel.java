package com.autosales.customers;

/** What an extra phone number of a customer is: 手机 / 办公 / 住宅 / 其他. */
public enum PhoneLabel { MOBILE, OFFICE, HOME, OTHER }
