package com.autosales.targets;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One version of a store's plan for a year; its nodes and targets live in {@link PlanCells}. */
@Entity
@Table(name = "sales_plan")
class SalesPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    private int planYear;
    private int versionNo;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private Long previousPlanId;
    private String returnComment;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant approvedAt;
    @Version
    private long version;

    protected SalesPlan() {
    }

    SalesPlan(Long storeId, int planYear, int versionNo, Long previousPlanId, String createdBy, Instant now) {
        this.storeId = storeId;
        this.planYear = planYear;
        this.versionNo = versionNo;
        this.previousPlanId = previousPlanId;
        this.status = PlanStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Every change to a draft goes through here: the version read must still be current. */
    void change(Long expectedVersion, Instant now) {
        checkVersion(expectedVersion);
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("targets.locked");
        }
        this.updatedAt = now;
    }

    void checkVersion(Long expectedVersion) {
        if (expectedVersion == null) {
            throw new DomainException("malformed-request");
        }
        if (expectedVersion != version) {
            throw new ConcurrentChangeException();
        }
    }

    void submitted(Instant now) {
        this.status = PlanStatus.SUBMITTED;
        this.returnComment = null;
        this.updatedAt = now;
    }

    void approved(Instant now) {
        this.status = PlanStatus.APPROVED;
        this.approvedAt = now;
        this.updatedAt = now;
    }

    void returned(String comment, Instant now) {
        this.status = PlanStatus.DRAFT;
        this.returnComment = comment;
        this.updatedAt = now;
    }

    void superseded(Instant now) {
        this.status = PlanStatus.SUPERSEDED;
        this.updatedAt = now;
    }

    Long id() { return id; }
    Long storeId() { return storeId; }
    int planYear() { return planYear; }
    int versionNo() { return versionNo; }
    PlanStatus status() { return status; }
    Long previousPlanId() { return previousPlanId; }
    String returnComment() { return returnComment; }
    String createdBy() { return createdBy; }
    Instant updatedAt() { return updatedAt; }
    Instant approvedAt() { return approvedAt; }
    long version() { return version; }
}
