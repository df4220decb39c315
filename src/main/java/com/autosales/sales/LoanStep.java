package com.autosales.sales;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a loan application (分期办理记录): the action, the status before and after, who, when and the comment. */
@Entity
@Table(name = "sales_loan_step")
class LoanStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long loanId;
    private String action;
    @Enumerated(EnumType.STRING)
    private LoanStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private LoanStatus toStatus;
    private String actor;
    private String actorName;
    private String comment;
    private Instant at;

    protected LoanStep() {
    }

    LoanStep(Long loanId, String action, LoanStatus from, LoanStatus to, String actor, String actorName, String comment,
            Instant at) {
        this.loanId = loanId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.actorName = actorName;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.at = at;
    }

    LoanStepView view() {
        return new LoanStepView(action, fromStatus, toStatus, actorName == null ? actor : actorName, comment, at);
    }
}
