package com.autosales.sales;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a contract's life (合同流转记录): the action, the status before and after, who, when and their comment. */
@Entity
@Table(name = "sales_contract_step")
class ContractStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long contractId;
    private String action;
    @Enumerated(EnumType.STRING)
    private ContractStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private ContractStatus toStatus;
    private String actor;
    private String actorName;
    private String comment;
    private Instant at;

    protected ContractStep() {
    }

    ContractStep(Long contractId, String action, ContractStatus from, ContractStatus to, String actor, String actorName,
            String comment, Instant at) {
        this.contractId = contractId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.actorName = actorName;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.at = at;
    }

    ContractStepView view() {
        return new ContractStepView(action, fromStatus, toStatus, actorName == null ? actor : actorName, comment, at);
    }
}
