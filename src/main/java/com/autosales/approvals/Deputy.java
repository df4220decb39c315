package com.autosales.approvals;

import com.autosales.shared.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** 审批代理 — while the principal is away (a date range, inclusive), the deputy sees and decides their approvals. */
@Entity
@Table(name = "approval_deputy")
class Deputy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String principal;
    private String principalName;
    private String deputy;
    private String deputyName;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Instant createdAt;
    private Instant cancelledAt;

    @Version
    private long version;

    protected Deputy() {
    }

    Deputy(Actor principal, Actor deputy, LocalDate startsOn, LocalDate endsOn, LocalDate today, Instant now) {
        if (principal.username().equals(deputy.username())) {
            throw new DomainException("approval.deputy-self");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new DomainException("approval.deputy-dates");
        }
        if (endsOn.isBefore(today)) {
            throw new DomainException("approval.deputy-past");
        }
        this.principal = principal.username();
        this.principalName = principal.name();
        this.deputy = deputy.username();
        this.deputyName = deputy.name();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = now;
    }

    void cancel(Instant now) {
        if (cancelledAt == null) {
            cancelledAt = now;
        }
    }

    boolean activeOn(LocalDate day) {
        return cancelledAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    Long id() { return id; }
    String principal() { return principal; }
    String deputy() { return deputy; }
    LocalDate startsOn() { return startsOn; }
    LocalDate endsOn() { return endsOn; }

    DeputyView view(LocalDate today) {
        String state = cancelledAt != null ? "CANCELLED" : endsOn.isBefore(today) ? "ENDED"
                : startsOn.isAfter(today) ? "SCHEDULED" : "ACTIVE";
        return new DeputyView(id, principal, principalName, deputy, deputyName, startsOn, endsOn, state);
    }
}
