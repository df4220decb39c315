package com.autosales.org;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, renaming, moving and closing units of the organisation tree; every change audited. */
@Service
@Transactional(readOnly = true)
class UnitManagement {

    static final String AUDIT_TYPE = "org_unit";

    private final OrgUnits units;
    private final Employees employees;
    private final ObjectProvider<OpenRecordsCheck> openRecords;
    private final AuditTrail audit;
    private final Clock clock;

    UnitManagement(OrgUnits units, Employees employees, ObjectProvider<OpenRecordsCheck> openRecords,
            AuditTrail audit, Clock clock) {
        this.units = units;
        this.employees = employees;
        this.openRecords = openRecords;
        this.audit = audit;
        this.clock = clock;
    }

    OrgTree tree() {
        Locale locale = LocaleContextHolder.getLocale();
        return new OrgTree(units.findAll().stream().map(u -> u.node(locale)).toList());
    }

    @PreAuthorize("hasAuthority('org:view')")
    UnitDetails get(Long id) {
        OrgUnit unit = load(id);
        Locale locale = LocaleContextHolder.getLocale();
        OrgTree tree = tree();
        String parentName = tree.find(unit.parentId()).map(OrgTree.Node::name).orElse(null);
        OrgTree.Node store = tree.storeOf(id).orElse(null);
        return new UnitDetails(unit.id(), unit.parentId(), parentName, unit.kind(), unit.storeType(), unit.code(),
                unit.name(locale), unit.localizedName().zh(), unit.localizedName().en(), unit.organisedBy(),
                unit.plannedHeadcount(), unit.active(), unit.closedOn(), store == null ? null : store.id(),
                store == null ? null : store.name(), unit.version());
    }

    /** Open units in tree order, leaving out {@code excluded} and everything below them. */
    List<UnitOption> options(Long excluded) {
        OrgTree tree = tree();
        Set<Long> skip = excluded == null ? Set.of() : tree.subtree(excluded);
        List<UnitOption> options = new ArrayList<>();
        for (OrgTree.Node root : tree.roots()) {
            collect(tree, root, 0, skip, options);
        }
        return options;
    }

    private void collect(OrgTree tree, OrgTree.Node node, int depth, Set<Long> skip, List<UnitOption> into) {
        if (!node.active() || skip.contains(node.id())) {
            return;
        }
        into.add(new UnitOption(node.id(), node.name(), node.kind(), depth));
        tree.children(node.id()).forEach(c -> collect(tree, c, depth + 1, skip, into));
    }

    @Transactional
    @PreAuthorize("hasAuthority('org:create')")
    Long create(NewUnit form) {
        tree().checkPlacement(form.kind(), form.storeType(), form.parentId());
        if (units.existsByCode(form.code())) {
            throw new DomainException("org.unit.duplicate-code", form.code());
        }
        OrgUnit unit = new OrgUnit(form.parentId(), form.kind(), form.code(), form.nameZh(), form.nameEn());
        if (form.kind() == UnitKind.STORE) {
            unit.asStore(form.storeType());
        }
        unit.organisedBy(form.organisedBy());
        unit.plannedHeadcount(form.plannedHeadcount());
        OrgUnit saved = units.save(unit);
        audit.record(AuditRecord.of(AUDIT_TYPE, saved.id(), "CREATE", form.nameZh(),
                FieldChange.of("code", null, form.code()), FieldChange.of("kind", null, form.kind()),
                FieldChange.of("parentId", null, form.parentId()), FieldChange.of("nameZh", null, form.nameZh()),
                FieldChange.of("nameEn", null, form.nameEn()), FieldChange.of("storeType", null, unit.storeType()),
                FieldChange.of("organisedBy", null, form.organisedBy()),
                FieldChange.of("plannedHeadcount", null, form.plannedHeadcount())));
        return saved.id();
    }

    @Transactional
    @PreAuthorize("hasAuthority('org:edit')")
    void change(Long id, long expectedVersion, UnitChanges form) {
        OrgUnit unit = current(id, expectedVersion);
        List<FieldChange> changes = unit.change(form.nameZh(), form.nameEn(), form.organisedBy(), form.plannedHeadcount());
        if (!changes.isEmpty()) {
            audit.record(new AuditRecord(AUDIT_TYPE, String.valueOf(id), "UPDATE", null, changes));
        }
    }

    @Transactional
    @PreAuthorize("hasAuthority('org:edit')")
    void move(Long id, long expectedVersion, Long newParentId) {
        OrgUnit unit = current(id, expectedVersion);
        if (Objects.equals(unit.parentId(), newParentId)) {
            return;
        }
        OrgTree tree = tree();
        long people = employees.countByUnitIdInAndStatusNot(tree.subtree(id), EmployeeStatus.LEFT);
        tree.checkMove(id, newParentId, people);
        String from = tree.find(unit.parentId()).map(OrgTree.Node::name).orElse("-");
        String to = tree.get(newParentId).name();
        audit.record(AuditRecord.of(AUDIT_TYPE, id, "MOVE", from + " → " + to, unit.moveUnder(newParentId)));
    }

    /** Closes the unit and every unit below it, once no people and no open records hang on any of them. */
    @Transactional
    @PreAuthorize("hasAuthority('org:delete')")
    void close(Long id, long expectedVersion) {
        current(id, expectedVersion);
        OrgTree tree = tree();
        Set<Long> subtree = tree.subtree(id);
        List<Employee> people = employees.findByUnitIdIn(subtree);
        Set<Long> everyone = people.stream().map(Employee::id).collect(Collectors.toSet());
        List<OrgTree.Blocker> blockers = new ArrayList<>();
        blockers.add(new OrgTree.Blocker("org.unit.blocker.people", people.stream().filter(Employee::isActive).count()));
        openRecords.orderedStream().forEach(check -> blockers.add(new OrgTree.Blocker(check.labelKey(),
                everyone.isEmpty() ? 0 : check.openRecordsOwnedBy(everyone))));
        OrgTree.checkClose(tree.get(id), blockers);
        LocalDate today = LocalDate.now(clock);
        for (OrgUnit unit : units.findAllById(subtree)) {
            if (unit.active()) {
                audit.record(AuditRecord.of(AUDIT_TYPE, unit.id(), "CLOSE", unit.localizedName().zh(), unit.close(today)));
            }
        }
    }

    private OrgUnit current(Long id, long expectedVersion) {
        OrgUnit unit = load(id);
        if (unit.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (!unit.active()) {
            throw new DomainException("org.unit.already-closed", unit.name(LocaleContextHolder.getLocale()));
        }
        return unit;
    }

    private OrgUnit load(Long id) {
        return units.findById(id).orElseThrow(() -> new RecordNotFoundException("org_unit", id));
    }
}
