package com.autosales.customers;

import com.autosales.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** How a customer's grade was reached: by the store's rules on the last 12 months, or a manager's override. */
@Entity
@Table(name = "customer_grading")
class GradeRecord {

    @Id
    private Long customerId;

    @Enumerated(EnumType.STRING)
    private Grade ruleGrade;
    private Money revenue = Money.ZERO;
    private Money margin = Money.ZERO;
    private LocalDate windowFrom;
    private LocalDate windowTo;
    private Instant computedAt;

    @Enumerated(EnumType.STRING)
    private Grade overrideGrade;
    private String overrideReason;
    private String overrideBy;
    private String overrideByName;
    private Instant overrideAt;

    @Version
    private Long version;

    protected GradeRecord() {
    }

    GradeRecord(Long customerId) {
        this.customerId = customerId;
    }

    static long versionOf(GradeRecord record) {
        return record == null || record.version == null ? -1 : record.version;
    }

    void ruled(Grade grade, Money revenue, Money margin, LocalDate from, LocalDate to, Instant now) {
        this.ruleGrade = grade;
        this.revenue = revenue;
        this.margin = margin;
        this.windowFrom = from;
        this.windowTo = to;
        this.computedAt = now;
    }

    void override(Grade grade, String reason, String username, String displayName, Instant now) {
        this.overrideGrade = grade;
        this.overrideReason = reason;
        this.overrideBy = username;
        this.overrideByName = displayName;
        this.overrideAt = now;
    }

    void clearOverride() {
        override(null, null, null, null, null);
    }

    /** The grade that counts: the override while there is one, else the rules' grade. */
    Grade effective() {
        return overrideGrade != null ? overrideGrade : ruleGrade;
    }

    Long customerId() {
        return customerId;
    }

    Grade ruleGrade() {
        return ruleGrade;
    }

    Money revenue() {
        return revenue == null ? Money.ZERO : revenue;
    }

    Money margin() {
        return margin == null ? Money.ZERO : margin;
    }

    LocalDate windowFrom() {
        return windowFrom;
    }

    LocalDate windowTo() {
        return windowTo;
    }

    Instant computedAt() {
        return computedAt;
    }

    Grade overrideGrade() {
        return overrideGrade;
    }

    String overrideReason() {
        return overrideReason;
    }

    String overrideBy() {
        return overrideBy;
    }

    String overrideByName() {
        return overrideByName;
    }

    Instant overrideAt() {
        return overrideAt;
    }
}
