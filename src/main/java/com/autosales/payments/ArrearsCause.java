package com.autosales.payments;

/**
 * 拖欠原因 — why a customer has not paid what is overdue: the loan is not disbursed yet, the customer is short of money,
 * they dispute the car or the service, paperwork is missing, they cannot be reached, or something else.
 */
public enum ArrearsCause {
    LOAN_PENDING, CUSTOMER_FUNDS, DISPUTE, DOCUMENTS, UNREACHABLE, OTHER
}
