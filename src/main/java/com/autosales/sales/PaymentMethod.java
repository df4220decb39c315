package com.autosales.sales;

/** How the customer pays: in full (全款) or with a loan (分期). */
public enum PaymentMethod {
    CASH, FINANCE
}
