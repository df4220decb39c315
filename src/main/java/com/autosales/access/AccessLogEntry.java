package com.autosales.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded access to confidential records. Never changed after it is written. */
@Entity
@Table(name = "access_log")
class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String username;

    private String action;

    private String recordType;

    private String recordIds;

    private int recordCount;

    private String clientIp;

    private String userAgent;

    private String reason;

    protected AccessLogEntry() {
    }

    AccessLogEntry(Instant occurredAt, String username, String action, String recordType, String recordIds,
            int recordCount, String clientIp, String userAgent, String reason) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.recordType = recordType;
        this.recordIds = recordIds;
        this.recordCount = recordCount;
        this.clientIp = clientIp;
        this.userAgent = userAgent;
        this.reason = reason;
    }

    AccessLogView view() {
        return new AccessLogView(id, occurredAt, username, action, recordType, recordIds, recordCount, clientIp,
                userAgent, reason);
    }
}
