package com.autosales.org;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hiring, editing and the leaving of employees (离职交接), with the rules that keep nobody's work orphaned. */
@Service
@Transactional(readOnly = true)
class EmployeeManagement {

    static final String AUDIT_TYPE = "org_employee";
    static final int PAGE_SIZE = 20;

    private final Employees employees;
    private final OrgNames names;
    private final ObjectProvider<OpenRecordsCheck> openRecords;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    EmployeeManagement(Employees employees, OrgNames names, ObjectProvider<OpenRecordsCheck> openRecords,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.employees = employees;
        this.names = names;
        this.openRecords = openRecords;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Staff list: text matches name, number or phone; a unit includes everything below it; no status = current staff. */
    @PreAuthorize("hasAuthority('org:view')")
    Page<EmployeeRow> search(String text, Long unitId, Long positionId, EmployeeStatus status, int page) {
        OrgNames.Snapshot org = names.snapshot();
        Set<Long> units = unitId == null ? null : org.tree().subtree(unitId);
        Page<Employee> found = employees.findAll(EmployeeSearch.matching(text, units, positionId, status),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("employeeNo")));
        return found.map(e -> new EmployeeRow(e.id(), e.employeeNo(), e.name(), e.phone(), e.positionId(),
                org.positionName(e.positionId()), e.unitId(), org.unitName(e.unitId()),
                org.tree().storeOf(e.unitId()).map(OrgTree.Node::name).orElse(null), e.status()));
    }

    @PreAuthorize("hasAuthority('org:view')")
    EmployeeProfile profile(Long id) {
        Employee e = load(id);
        OrgNames.Snapshot org = names.snapshot();
        Optional<OrgTree.Node> store = org.tree().storeOf(e.unitId());
        String managerName = e.managerId() == null ? null : employees.findById(e.managerId()).map(Employee::name).orElse(null);
        List<OrgChartNode.ChartPerson> reports = employees.findByManagerIdAndStatusNot(id, EmployeeStatus.LEFT).stream()
                .sorted(Comparator.comparing(Employee::employeeNo))
                .map(r -> new OrgChartNode.ChartPerson(r.id(), r.name(), org.positionName(r.positionId()), r.status()))
                .toList();
        return new EmployeeProfile(e.id(), e.employeeNo(), e.name(), e.phone(), e.positionId(),
                org.positionName(e.positionId()), e.unitId(), org.unitName(e.unitId()), store.map(OrgTree.Node::id).orElse(null),
                store.map(OrgTree.Node::name).orElse(null), e.managerId(), managerName, e.hireDate(), e.status(),
                e.leftOn(), e.leaveReason(), org.duties(e.positionId()), reports, e.version());
    }

    /** Everyone who has not left, e.g. to pick a manager. */
    List<EmployeeOption> currentStaff() {
        OrgNames.Snapshot org = names.snapshot();
        return employees.findByStatusNotOrderByEmployeeNo(EmployeeStatus.LEFT).stream().map(e -> option(e, org)).toList();
    }

    /** Who may take over from a leaver: active colleagues of the same store. */
    List<EmployeeOption> successorCandidates(Long leaverId) {
        Employee leaver = load(leaverId);
        OrgNames.Snapshot org = names.snapshot();
        Optional<Long> store = org.storeIdOf(leaver.unitId());
        return employees.findByStatusNotOrderByEmployeeNo(EmployeeStatus.LEFT).stream()
                .filter(e -> e.status() == EmployeeStatus.ACTIVE && !e.id().equals(leaverId))
                .filter(e -> org.storeIdOf(e.unitId()).equals(store))
                .map(e -> option(e, org)).toList();
    }

    @Transactional
    @PreAuthorize("hasAuthority('org:create')")
    Long hire(EmployeeForm form) {
        if (employees.existsByEmployeeNo(form.employeeNo())) {
            throw new DomainException("org.employee.duplicate-no", form.employeeNo());
        }
        checkPlacement(null, form, names.snapshot());
        Employee saved = employees.save(new Employee(form.employeeNo(), form.name(), form.phone(), form.positionId(),
                form.unitId(), form.managerId(), form.hireDate()));
        audit.record(AuditRecord.of(AUDIT_TYPE, saved.id(), "CREATE", form.name(),
                FieldChange.of("employeeNo", null, form.employeeNo()), FieldChange.of("name", null, form.name()),
                FieldChange.of("phone", null, form.phone()), FieldChange.of("positionId", null, form.positionId()),
                FieldChange.of("unitId", null, form.unitId()), FieldChange.of("managerId", null, form.managerId()),
                FieldChange.of("hireDate", null, form.hireDate()), FieldChange.of("status", null, EmployeeStatus.ACTIVE)));
        return saved.id();
    }

    @Transactional
    @PreAuthorize("hasAuthority('org:edit')")
    void update(Long id, long expectedVersion, EmployeeForm form) {
        Employee employee = load(id);
        if (employee.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (employees.existsByEmployeeNoAndIdNot(form.employeeNo(), id)) {
            throw new DomainException("org.employee.duplicate-no", form.employeeNo());
        }
        OrgNames.Snapshot org = names.snapshot();
        checkPlacement(id, form, org);
        Optional<Long> fromStore = org.storeIdOf(employee.unitId());
        if (!fromStore.equals(org.storeIdOf(form.unitId()))) {
            long owned = openRecordsOf(Set.of(id));
            if (owned > 0) {
                throw new DomainException("org.employee.store-change-with-records", employee.name(), owned);
            }
        }
        List<FieldChange> changes = employee.change(form);
        if (!changes.isEmpty()) {
            audit.record(new AuditRecord(AUDIT_TYPE, String.valueOf(id), "UPDATE", null, changes));
        }
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

    /** Position, unit and manager must exist and fit: an open unit, a position of that kind of store, no loop of managers. */
    private void checkPlacement(Long id, EmployeeForm form, OrgNames.Snapshot org) {
        OrgTree.Node unit = org.tree().get(form.unitId());
        if (!unit.active()) {
            throw new DomainException("org.unit.parent-closed", unit.name());
        }
        Position position = org.position(form.positionId())
                .orElseThrow(() -> new RecordNotFoundException("org_position", form.positionId()));
        org.tree().storeOf(unit.id()).map(OrgTree.Node::storeType).filter(t -> t != position.storeType())
                .ifPresent(t -> {
                    throw new DomainException("org.employee.position-store-mismatch", org.positionName(position.id()), unit.name());
                });
        Set<Long> chain = new HashSet<>();
        Long current = form.managerId();
        while (current != null) {
            if (Objects.equals(current, id) || !chain.add(current)) {
                throw new DomainException("org.employee.manager-cycle");
            }
            Long at = current;
            Employee manager = employees.findById(at).orElseThrow(() -> new RecordNotFoundException("org_employee", at));
            if (at.equals(form.managerId()) && !manager.isActive()) {
                throw new DomainException("org.employee.manager-left", manager.name());
            }
            current = manager.managerId();
        }
    }

    /** How many records (customers…) the employee owns, all modules together: what a handover moves. */
    long openRecordsOwnedBy(Long employeeId) {
        return openRecordsOf(Set.of(employeeId));
    }

    private long openRecordsOf(Set<Long> ids) {
        return openRecords.orderedStream().mapToLong(c -> c.openRecordsOwnedBy(ids)).sum();
    }

    private EmployeeOption option(Employee e, OrgNames.Snapshot org) {
        return new EmployeeOption(e.id(), e.name(), org.positionName(e.positionId()), org.unitName(e.unitId()));
    }

    private Employee load(Long id) {
        return employees.findById(id).orElseThrow(() -> new RecordNotFoundException("org_employee", id));
    }
}
