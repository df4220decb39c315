package com.autosales.leads;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;

/** A store's first-contact rule (stores without a row use {@link ResponseRule#DEFAULT}). */
@Entity
@Table(name = "lead_response_setting")
class ResponseSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    private int firstContactMinutes;
    private int reassignAfterMinutes;
    private LocalTime opensAt;
    private LocalTime closesAt;
    @Version
    private long version;

    protected ResponseSetting() {
    }

    ResponseSetting(Long storeId) {
        this.storeId = storeId;
    }

    void set(ResponseRule rule) {
        this.firstContactMinutes = rule.firstContactMinutes();
        this.reassignAfterMinutes = rule.reassignAfterMinutes();
        this.opensAt = rule.opensAt();
        this.closesAt = rule.closesAt();
    }

    ResponseRule rule() {
        return new ResponseRule(firstContactMinutes, reassignAfterMinutes, opensAt, closesAt);
    }
}
