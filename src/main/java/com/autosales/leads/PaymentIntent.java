package com.autosales.leads;

/** How the customer means to pay. */
public enum PaymentIntent {
    CASH, LOAN
}
