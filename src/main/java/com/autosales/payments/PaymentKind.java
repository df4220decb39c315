package com.autosales.payments;

/**
 * What a payment is for: the deposit (定金), the down payment (首付款), the final payment (尾款/全款), the lender's
 * disbursement (贷款放款), a refund to the customer (退款), or the counter-entry of a wrong payment (冲正).
 */
public enum PaymentKind {
    DEPOSIT, DOWN_PAYMENT, FINAL_PAYMENT, LOAN_DISBURSEMENT, REFUND, REVERSAL;

    /** Money coming in from the customer or the lender. */
    public boolean receipt() {
        return this == DEPOSIT || this == DOWN_PAYMENT || this == FINAL_PAYMENT || this == LOAN_DISBURSEMENT;
    }

    /** What a person records on the form (the lender's disbursement comes from the loan, reversals from the payment). */
    public static PaymentKind[] recordable() {
        return new PaymentKind[] {DEPOSIT, DOWN_PAYMENT, FINAL_PAYMENT, REFUND};
    }
}
