package com.autosales.commission;

import com.autosales.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One employee's commission for one month: computed lines, then adjustments, and the total. */
@Entity
@Table(name = "commission_statement")
class CommissionStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    private Long employeeId;
    private String employeeName;
    private String positionCode;
    private LocalDate periodStart;
    @Enumerated(EnumType.STRING)
    private StatementStatus status;
    private BigDecimal attainmentPercent;
    private boolean hasTiers;
    private BigDecimal total;
    private Instant calculatedAt;
    private String calculatedBy;
    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String returnComment;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "statement_id", nullable = false)
    @OrderBy("position")
    private List<CommissionLine> lines = new ArrayList<>();

    protected CommissionStatement() {
    }

    CommissionStatement(Long storeId, Long employeeId, String employeeName, String positionCode, LocalDate periodStart) {
        this.storeId = storeId;
        this.employeeId = employeeId;
        this.employeeName = employeeName;
        this.positionCode = positionCode;
        this.periodStart = periodStart;
        this.status = StatementStatus.DRAFT;
        this.total = BigDecimal.ZERO.setScale(2);
    }

    /** Replaces the computed lines (adjustments stay); only a draft is ever recalculated. */
    void recalculate(List<CalculatedLine> computed, BigDecimal attainment, boolean tiers, String by, Instant at) {
        requireDraft();
        lines.removeIf(l -> !l.isAdjustment());
        lines.addAll(0, computed.stream().map(CommissionLine::of).toList());
        this.attainmentPercent = attainment;
        this.hasTiers = tiers;
        this.calculatedBy = by;
        this.calculatedAt = at;
        renumber();
    }

    void adjust(BigDecimal amount, String reason, String by, Instant at) {
        requireDraft();
        lines.add(CommissionLine.adjustment(amount, reason, by, at));
        renumber();
    }

    void submit(String by, Instant at) {
        requireDraft();
        this.status = StatementStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
        this.returnComment = null;
    }

    void approved(String by, Instant at) {
        if (status == StatementStatus.SUBMITTED) {
            this.status = StatementStatus.APPROVED;
            this.decidedBy = by;
            this.decidedAt = at;
        }
    }

    void returned(String by, String comment, Instant at) {
        if (status == StatementStatus.SUBMITTED) {
            this.status = StatementStatus.DRAFT;
            this.decidedBy = by;
            this.decidedAt = at;
            this.returnComment = comment;
        }
    }

    void requireDraft() {
        if (status == StatementStatus.APPROVED) {
            throw new DomainException("commission.statement-locked");
        }
        if (status != StatementStatus.DRAFT) {
            throw new DomainException("commission.statement-submitted");
        }
    }

    private void renumber() {
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).numbered(i + 1);
        }
        this.total = lines.stream().map(CommissionLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    Long id() { return id; }
    Long storeId() { return storeId; }
    Long employeeId() { return employeeId; }
    String employeeName() { return employeeName; }
    String positionCode() { return positionCode; }
    LocalDate periodStart() { return periodStart; }
    StatementStatus status() { return status; }
    BigDecimal attainmentPercent() { return attainmentPercent; }
    boolean hasTiers() { return hasTiers; }
    BigDecimal total() { return total; }
    Instant calculatedAt() { return calculatedAt; }
    String calculatedBy() { return calculatedBy; }
    String submittedBy() { return submittedBy; }
    Instant submittedAt() { return submittedAt; }
    String decidedBy() { return decidedBy; }
    Instant decidedAt() { return decidedAt; }
    String returnComment() { return returnComment; }
    long version() { return version; }
    List<CommissionLine> lines() { return lines; }
}
