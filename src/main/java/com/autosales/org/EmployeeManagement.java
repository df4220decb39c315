package com.autosales.org;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hiring and editing employees, the staff list and the person page. Leaving is {@link EmployeeLeaving}. */
@Service
@Transactional(readOnly = true)
class EmployeeManagement {

    static final String AUDIT_TYPE = "org_employee";
    static final int PAGE_SIZE = 20;

    private final Employees employees;
    private final OrgNames names;
    private final ObjectProvider<OpenRecordsCheck> openRecords;
    private final AuditTrail audit;

    EmployeeManagement(Employees employees, OrgNames names, ObjectProvider<OpenRecordsCheck> openRecords,
            AuditTrail audit) {
        this.employees = employees;
        this.names = names;
        this.openRecords = openRecords;
        this.audit = audit;
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

    private long openRecordsOf(Set<Long> ids) {
        return openRecords.orderedStream().mapToLong(c -> c.openRecordsOwnedBy(ids)).sum();
    }

    static EmployeeOption option(Employee e, OrgNames.Snapshot org) {
        return new EmployeeOption(e.id(), e.name(), org.positionName(e.positionId()), org.unitName(e.unitId()));
    }

    private Employee load(Long id) {
        return employees.findById(id).orElseThrow(() -> new RecordNotFoundException("org_employee", id));
    }
}
