package com.autosales.sales;

import java.time.Instant;

/** An amendment of a contract as shown on its page: status PENDING, APPROVED or RETURNED. */
public record AmendmentView(Long id, String status, String reason, String summary, String requestedBy,
        String returnComment, Instant requestedAt, Instant decidedAt) {
}
