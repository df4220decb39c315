package com.autosales.sales;

import com.autosales.shared.Money;
import java.time.Instant;

/** 合同作废 — cancelled with a reason; {@code refund} is what the customer gets back of what they paid. */
public record ContractCancelled(Long contractId, String number, Long customerId, Long storeId, String reason,
        Money refund, Instant cancelledAt) {
}
