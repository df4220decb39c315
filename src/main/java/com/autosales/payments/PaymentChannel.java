package com.autosales.payments;

/** How the money moved: cash, bank transfer, card, WeChat Pay, Alipay, or the lender's disbursement. */
public enum PaymentChannel {
    CASH, BANK_TRANSFER, CARD, WECHAT, ALIPAY, LOAN
}
