package com.autosales.sales;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What every loan use case needs: the application as the reader may see it (outside their data scope it does not
 * exist), its checklist, and writing down a step in its history and the audit trail.
 */
@Component
class LoanRecords {

    /** A contract may get a loan application once approved, until it is closed or cancelled. */
    static final Set<ContractStatus> CONTRACT_OPEN_FOR_LOAN = EnumSet.of(ContractStatus.APPROVED, ContractStatus.SIGNED,
            ContractStatus.DEPOSIT_RECEIVED, ContractStatus.ALLOCATED, ContractStatus.DELIVERED);

    private final Loans loans;
    private final LoanDocuments documents;
    private final LoanDocumentTypes types;
    private final LoanSteps steps;
    private final LoanLenders lenders;
    private final ContractManagement contracts;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    LoanRecords(Loans loans, LoanDocuments documents, LoanDocumentTypes types, LoanSteps steps, LoanLenders lenders,
            ContractManagement contracts, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.lenders = lenders;
        this.contracts = contracts;
        this.loans = loans;
        this.documents = documents;
        this.types = types;
        this.steps = steps;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    Loan visible(Long id) {
        RecordScope s = currentUsers.scope();
        return loans.findVisible(id, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("loan", id));
    }

    /** The visible application, refused as changed by someone else when its version is not the one the user saw. */
    Loan visible(Long id, Long expectedVersion) {
        Loan loan = visible(id);
        if (expectedVersion == null) {
            throw new DomainException("sales.loan.version-required");
        }
        if (loan.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        return loan;
    }

    /** Writes the step done by the signed-in user. */
    void step(Loan loan, String action, LoanStatus from, String comment, FieldChange... changes) {
        CurrentUser me = currentUsers.current();
        step(loan, action, from, comment, me.username(), me.displayName(), changes);
    }

    void step(Loan loan, String action, LoanStatus from, String comment, String actor, String actorName,
            FieldChange... changes) {
        steps.save(new LoanStep(loan.id(), action, from, loan.status(), actor, actorName, comment, clock.instant()));
        List<FieldChange> all = new java.util.ArrayList<>(List.of(FieldChange.of("status", from, loan.status())));
        all.addAll(List.of(changes));
        String summary = loan.contractNumber() + " " + loan.buyerName() + (comment == null ? "" : " · " + comment);
        audit.record(new AuditRecord("loan", String.valueOf(loan.id()), action,
                summary.length() > 500 ? summary.substring(0, 500) : summary, all));
    }

    LoanView view(Loan loan) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, LoanDocumentType> byId = types.findAll().stream()
                .collect(Collectors.toMap(LoanDocumentType::getId, Function.identity()));
        List<LoanView.Document> checklist = documents.findByLoanIdOrderByIdAsc(loan.id()).stream()
                .sorted(java.util.Comparator.comparing((LoanDocument d) -> byId.get(d.typeId()).getPosition())
                        .thenComparing(LoanDocument::typeId))
                .map(d -> new LoanView.Document(d.typeId(), byId.get(d.typeId()).getCode(),
                        byId.get(d.typeId()).getName().in(locale), d.required(), d.received(), d.receivedOn(),
                        d.receivedBy(), d.note()))
                .toList();
        int missing = (int) checklist.stream().filter(d -> d.required() && !d.received()).count();
        return LoanView.of(loan, checklist, missing);
    }

    /** Lighter views for lists: the checklist left empty, only the count of missing required documents. */
    List<LoanView> summaries(Collection<Loan> list) {
        Map<Long, Integer> missing = new HashMap<>();
        if (!list.isEmpty()) {
            documents.missingRequired(list.stream().map(Loan::id).toList())
                    .forEach(row -> missing.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        return list.stream().map(l -> LoanView.of(l, List.of(), missing.getOrDefault(l.id(), 0))).toList();
    }

    /** A contract of mine that is financed and approved, not yet closed or cancelled: it may get an application. */
    ContractView financedContract(Long contractId) {
        if (contractId == null) {
            throw new DomainException("sales.loan.contract-required");
        }
        ContractView contract = contracts.get(contractId);
        if (!contract.financed() || contract.figures().financePlan() == null) {
            throw new DomainException("sales.loan.contract-not-financed");
        }
        if (!CONTRACT_OPEN_FOR_LOAN.contains(contract.status())) {
            throw new DomainException("sales.loan.contract-not-approved");
        }
        return contract;
    }

    /** The active lenders, in the order the settings give them. */
    List<String> lenderNames() {
        return lenders.findByActiveTrueOrderByPositionAscIdAsc().stream().map(LoanLender::getName).toList();
    }

    /** The application's checklist: every active item, as the settings have it today. */
    void startChecklist(Loan loan) {
        types.findByActiveTrueOrderByPositionAscIdAsc().forEach(type -> documents.save(new LoanDocument(loan.id(), type)));
    }

    static String text(String value) {
        return value == null ? "" : value.trim();
    }

    String firstLender() {
        return lenderNames().stream().findFirst().orElse(null);
    }

    void knownLender(String name) {
        if (!lenderNames().contains(name)) {
            throw new DomainException("sales.loan.lender-unknown", name);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
