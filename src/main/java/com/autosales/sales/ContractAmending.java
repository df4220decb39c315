package com.autosales.sales;

import com.autosales.access.CurrentUsers;
import com.autosales.approvals.ApprovalRequest;
import com.autosales.approvals.Approvals;
import com.autosales.shared.DomainException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合同变更 — a signed contract is never edited: a change (price, delivery date, colours) is asked for with a reason,
 * goes to the sales manager, and only once approved changes the contract and archives a new PDF edition.
 */
@Service
@Transactional
public class ContractAmending {

    static final String RECORD_TYPE = "contract-amendment";

    private final ContractRecords records;
    private final Contracts contracts;
    private final ContractAmendments amendments;
    private final ContractArchive archive;
    private final Approvals approvals;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ContractAmending(ContractRecords records, Contracts contracts, ContractAmendments amendments,
            ContractArchive archive, Approvals approvals, CurrentUsers currentUsers, Clock clock) {
        this.records = records;
        this.contracts = contracts;
        this.amendments = amendments;
        this.archive = archive;
        this.approvals = approvals;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('sales:edit')")
    public Long request(Long contractId, AmendmentRequest request) {
        Contract contract = records.visible(contractId);
        if (!contract.status().signed() || contract.status() == ContractStatus.CLOSED) {
            throw new DomainException("sales.contract.not-amendable");
        }
        if (amendments.findFirstByContractIdAndStatus(contractId, ContractAmendment.Status.PENDING).isPresent()) {
            throw new DomainException("sales.amendment.pending");
        }
        if (request.newDiscount() != null) {
            QuoteFigures before = contract.figures();
            if (request.newDiscount().isNegative() || request.newDiscount().isGreaterThan(before.msrp())) {
                throw new DomainException("sales.discount-invalid");
            }
        }
        ContractAmendment amendment = amendments.save(new ContractAmendment(contractId, request, summary(contract, request),
                currentUsers.current().username(), clock.instant()));
        approvals.request(ApprovalRequest.of("sales", RECORD_TYPE, amendment.id(), ContractManagement.POLICY)
                .titled("sales.amendment.approval.title", contract.number(), contract.buyerName())
                .linkedTo("/contracts/" + contractId)
                .withNote(amendment.reason() + " — " + amendment.summary()));
        records.step(contract, "AMEND_REQUEST", contract.status(), amendment.reason() + " — " + amendment.summary());
        return amendment.id();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('sales:view')")
    public List<AmendmentView> of(Long contractId) {
        return amendments.findByContractIdOrderByIdDesc(records.visible(contractId).id()).stream()
                .map(ContractAmendment::view).toList();
    }

    /** The approval was granted: the contract changes and its new edition is archived. Runs without a user. */
    void granted(Long amendmentId, String decidedBy) {
        amendments.findById(amendmentId).filter(a -> a.status() == ContractAmendment.Status.PENDING).ifPresent(a -> {
            Contract contract = contracts.findById(a.contractId()).orElseThrow();
            a.approved(clock.instant());
            contract.amend(a, clock.instant());
            records.step(contract, "AMEND", contract.status(), a.summary(), "approval", decidedBy);
            archive.archive(contract, ContractDocument.Kind.AMENDMENT, decidedBy == null ? "approval" : decidedBy);
        });
    }

    void returned(Long amendmentId, String comment, String decidedBy) {
        amendments.findById(amendmentId).filter(a -> a.status() == ContractAmendment.Status.PENDING).ifPresent(a -> {
            Contract contract = contracts.findById(a.contractId()).orElseThrow();
            a.returned(comment, clock.instant());
            records.step(contract, "AMEND_RETURNED", contract.status(), comment, "approval", decidedBy);
        });
    }

    /** A neutral "field: before → after" line for the history and the approver. */
    private static String summary(Contract contract, AmendmentRequest r) {
        List<String> parts = new ArrayList<>();
        if (r.newDiscount() != null) {
            parts.add("优惠/discount: " + contract.figures().discount() + " → " + r.newDiscount());
        }
        if (r.newDeliveryDate() != null) {
            parts.add("交车日期/delivery: " + contract.deliveryDate() + " → " + r.newDeliveryDate());
        }
        if (r.newExteriorColour() != null) {
            parts.add("外观/exterior: " + contract.exteriorColour() + " → " + r.newExteriorColour());
        }
        if (r.newInteriorColour() != null) {
            parts.add("内饰/interior: " + contract.interiorColour() + " → " + r.newInteriorColour());
        }
        return String.join("; ", parts);
    }
}
