package com.autosales.org;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 离职交接: an employee leaves and a colleague of the same store takes over, so nobody's work is orphaned. */
@Service
@Transactional(readOnly = true)
class EmployeeLeaving {

    private static final String AUDIT_TYPE = EmployeeManagement.AUDIT_TYPE;

    private final Employees employees;
    private final OrgNames names;
    private final ObjectProvider<OpenRecordsCheck> openRecords;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    EmployeeLeaving(Employees employees, OrgNames names, ObjectProvider<OpenRecordsCheck> openRecords,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.employees = employees;
        this.names = names;
        this.openRecords = openRecords;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who may take over from a leaver: active colleagues of the same store. */
    List<EmployeeOption> successorCandidates(Long leaverId) {
        Employee leaver = load(leaverId);
        OrgNames.Snapshot org = names.snapshot();
        Optional<Long> store = org.storeIdOf(leaver.unitId());
        return employees.findByStatusNotOrderByEmployeeNo(EmployeeStatus.LEFT).stream()
                .filter(e -> e.status() == EmployeeStatus.ACTIVE && !e.id().equals(leaverId))
                .filter(e -> org.storeIdOf(e.unitId()).equals(store))
                .map(e -> EmployeeManagement.option(e, org)).toList();
    }

    /** How many records (customers…) the employee owns, all modules together: what the handover moves. */
    long openRecordsOwnedBy(Long employeeId) {
        return openRecords.orderedStream().mapToLong(c -> c.openRecordsOwnedBy(Set.of(employeeId))).sum();
    }

    /**
     * 离职: the leaver's status becomes LEFT, their direct reports report to the successor, and
     * {@link EmployeeDeactivated} tells other modules to hand over records and disable the login.
     */
    @Transactional
    @PreAuthorize("hasAuthority('org:delete')")
    void deactivate(Long id, long expectedVersion, Deactivation request) {
        Employee leaver = load(id);
        if (leaver.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (leaver.status() == EmployeeStatus.LEFT) {
            throw new DomainException("org.employee.already-left", leaver.name());
        }
        if (Objects.equals(request.successorId(), id)) {
            throw new DomainException("org.employee.successor-is-self");
        }
        Employee successor = load(request.successorId());
        if (successor.status() != EmployeeStatus.ACTIVE) {
            throw new DomainException("org.employee.successor-not-active", successor.name());
        }
        OrgNames.Snapshot org = names.snapshot();
        if (!org.storeIdOf(successor.unitId()).equals(org.storeIdOf(leaver.unitId()))) {
            throw new DomainException("org.employee.successor-other-store", successor.name(), leaver.name());
        }
        LocalDate leftOn = request.leftOn() == null ? LocalDate.now(clock) : request.leftOn();
        audit.record(new AuditRecord(AUDIT_TYPE, String.valueOf(id), "DEACTIVATE", request.reason(),
                leaver.leave(leftOn, request.reason(), successor.id())));
        for (Employee report : employees.findByManagerIdAndStatusNot(id, EmployeeStatus.LEFT)) {
            Long newManager = report.id().equals(successor.id()) ? leaver.managerId() : successor.id();
            audit.record(AuditRecord.of(AUDIT_TYPE, report.id(), "UPDATE", leaver.name() + " → " + successor.name(),
                    report.reportTo(newManager)));
        }
        events.publishEvent(new EmployeeDeactivated(id, successor.id(), request.reason()));
    }

    private Employee load(Long id) {
        return employees.findById(id).orElseThrow(() -> new RecordNotFoundException("org_employee", id));
    }
}
