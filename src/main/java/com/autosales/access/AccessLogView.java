package com.autosales.access;

import java.time.Instant;

/** A line of the access log as managers review it. */
public record AccessLogView(Long id, Instant occurredAt, String username, String action, String recordType,
        String recordIds, int recordCount, String clientIp, String userAgent, String reason) {
}
