package com.autosales.approvals;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** One step of an approval's chain, resolved to people when the request was made. */
@Entity
@Table(name = "approval_step")
class ApprovalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "step_no")
    private int number;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "approval_step_approver", joinColumns = @JoinColumn(name = "step_id"))
    @BatchSize(size = 50)
    private List<StepApprover> approvers = new ArrayList<>();

    protected ApprovalStep() {
    }

    ApprovalStep(int number, List<StepApprover> approvers) {
        this.number = number;
        this.approvers = new ArrayList<>(approvers);
    }

    int number() {
        return number;
    }

    List<StepApprover> approvers() {
        return List.copyOf(approvers);
    }

    boolean includes(String username) {
        return approvers.stream().anyMatch(a -> a.username().equals(username));
    }
}
