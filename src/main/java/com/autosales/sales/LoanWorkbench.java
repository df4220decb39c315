package com.autosales.sales;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分期工作台 — the finance specialist's day: financed contracts still without an application, applications collecting
 * documents, waiting for the lender (overdue after some days), approved and waiting for the money, and what was
 * recently disbursed or rejected. Everything within the reader's data scope, filtered in the database.
 */
@Service
@Transactional(readOnly = true)
public class LoanWorkbench {

    static final int SECTION_LIMIT = 50;
    static final int RECENT_DAYS = 30;

    /** An application at the lender: how many days since it was submitted, and whether that is too long. */
    public record Waiting(LoanView loan, long days, boolean overdue) {
    }

    /** The sections of the day. */
    public record Today(List<ContractView> toOpen, List<LoanView> collecting, List<Waiting> waiting,
            List<LoanView> toDisburse, List<LoanView> recent, int overdueAfterDays) {

        public boolean empty() {
            return toOpen.isEmpty() && collecting.isEmpty() && waiting.isEmpty() && toDisburse.isEmpty() && recent.isEmpty();
        }
    }

    private final Loans loans;
    private final LoanRecords records;
    private final LoanSteps steps;
    private final ContractManagement contracts;
    private final CurrentUsers currentUsers;
    private final int overdueAfterDays;

    LoanWorkbench(Loans loans, LoanRecords records, LoanSteps steps, ContractManagement contracts,
            CurrentUsers currentUsers, @Value("${autosales.loans.lender-overdue-days:5}") int overdueAfterDays) {
        this.loans = loans;
        this.records = records;
        this.steps = steps;
        this.contracts = contracts;
        this.currentUsers = currentUsers;
        this.overdueAfterDays = overdueAfterDays;
    }

    /** Today's sections, optionally for one lender. */
    @PreAuthorize("hasAuthority('sales:view')")
    public Today today(String lender) {
        RecordScope s = currentUsers.scope();
        String only = lender == null ? "" : lender.trim();
        PageRequest limit = PageRequest.of(0, SECTION_LIMIT);
        List<ContractView> toOpen = only.isEmpty()
                ? loans.contractsWithoutLoan(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(),
                        LoanRecords.CONTRACT_OPEN_FOR_LOAN, limit).stream().map(ContractView::of).toList()
                : List.of();
        LocalDate today = records.today();
        List<Waiting> waiting = inStatus(s, LoanStatus.SUBMITTED, only, limit).stream().map(l -> {
            long days = l.submittedOn() == null ? 0 : ChronoUnit.DAYS.between(l.submittedOn(), today);
            return new Waiting(l, days, days > overdueAfterDays);
        }).toList();
        List<LoanView> recent = records.summaries(loans.finishedSince(s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), today.minusDays(RECENT_DAYS), only, limit));
        return new Today(toOpen, inStatus(s, LoanStatus.COLLECTING, only, limit), waiting,
                inStatus(s, LoanStatus.APPROVED, only, limit), recent, overdueAfterDays);
    }

    private List<LoanView> inStatus(RecordScope s, LoanStatus status, String lender, PageRequest limit) {
        return records.summaries(loans.inStatuses(s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), EnumSet.of(status), lender, limit));
    }

    /** Every step of the application, oldest first. */
    @PreAuthorize("hasAuthority('sales:view')")
    public List<LoanStepView> steps(Long loanId) {
        return steps.findByLoanIdOrderByAtAscIdAsc(records.visible(loanId).id()).stream().map(LoanStep::view).toList();
    }

    /** The applications of a contract I may see, newest first (404 when the contract is not mine to see). */
    @PreAuthorize("hasAuthority('sales:view')")
    public List<LoanView> forContract(Long contractId) {
        contracts.get(contractId);
        return records.summaries(loans.findByContractIdOrderByIdDesc(contractId));
    }

    /** The active lenders, in the order the settings give them. */
    @PreAuthorize("hasAuthority('sales:view')")
    public List<String> lenderNames() {
        return records.lenderNames();
    }
}
