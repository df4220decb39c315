package com.autosales.org;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Position templates (岗位) with their duties, level, reporting line and default role. */
@Service
@Transactional(readOnly = true)
class PositionManagement {

    static final String AUDIT_TYPE = "org_position";

    private final Positions positions;
    private final Employees employees;
    private final AuditTrail audit;

    PositionManagement(Positions positions, Employees employees, AuditTrail audit) {
        this.positions = positions;
        this.employees = employees;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('org:view')")
    List<PositionDetails> list() {
        List<Position> all = positions.findAllByOrderByStoreTypeAscLevelAscIdAsc();
        Map<Long, Position> byId = all.stream().collect(Collectors.toMap(Position::id, Function.identity()));
        return all.stream().map(p -> details(p, byId.get(p.reportsToId()))).toList();
    }

    @PreAuthorize("hasAuthority('org:view')")
    PositionDetails get(Long id) {
        Position position = load(id);
        return details(position, position.reportsToId() == null ? null : positions.findById(position.reportsToId()).orElse(null));
    }

    /** The form filled with the position as it is now. */
    @PreAuthorize("hasAuthority('org:edit')")
    PositionForm form(Long id) {
        Position p = load(id);
        PositionForm form = new PositionForm();
        form.setCode(p.code());
        form.setNameZh(p.localizedName().zh());
        form.setNameEn(p.localizedName().en());
        form.setStoreType(p.storeType());
        form.setLevel(p.level());
        form.setReportsToId(p.reportsToId());
        form.setDefaultRoleCode(p.defaultRoleCode());
        form.setDuties(p.duties().stream().map(d -> new PositionForm.DutyLine(d.zh(), d.en())).toList());
        return form;
    }

    @Transactional
    @PreAuthorize("hasAuthority('org:create')")
    Long create(PositionForm form) {
        if (positions.existsByCode(form.getCode())) {
            throw new DomainException("org.position.duplicate-code", form.getCode());
        }
        checkReportsTo(null, form.getReportsToId());
        List<Duty> duties = duties(form);
        Position position = positions.save(new Position(form.getCode(), form.getNameZh(), form.getNameEn(),
                form.getStoreType(), form.getLevel(), form.getReportsToId()));
        position.change(form.getNameZh(), form.getNameEn(), form.getStoreType(), form.getLevel(),
                form.getReportsToId(), form.getDefaultRoleCode(), duties);
        List<FieldChange> changes = List.of(FieldChange.of("code", null, form.getCode()),
                FieldChange.of("nameZh", null, form.getNameZh()), FieldChange.of("nameEn", null, form.getNameEn()),
                FieldChange.of("storeType", null, form.getStoreType()), FieldChange.of("level", null, form.getLevel()),
                FieldChange.of("reportsToId", null, form.getReportsToId()),
                FieldChange.of("defaultRoleCode", null, form.getDefaultRoleCode()),
                FieldChange.of("duties", null, duties.size()));
        audit.record(new AuditRecord(AUDIT_TYPE, String.valueOf(position.id()), "CREATE", form.getNameZh(), changes));
        return position.id();
    }

    @Transactional
    @PreAuthorize("hasAuthority('org:edit')")
    void update(Long id, long expectedVersion, PositionForm form) {
        Position position = load(id);
        if (position.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (form.getCode() != null && !form.getCode().equals(position.code())) {
            throw new DomainException("org.position.code-fixed", position.code());
        }
        checkReportsTo(id, form.getReportsToId());
        List<FieldChange> changes = position.change(form.getNameZh(), form.getNameEn(), form.getStoreType(),
                form.getLevel(), form.getReportsToId(), form.getDefaultRoleCode(), duties(form));
        if (!changes.isEmpty()) {
            audit.record(new AuditRecord(AUDIT_TYPE, String.valueOf(id), "UPDATE", null, changes));
        }
    }

    /** Blank rows are dropped; a row needs its Chinese text (English falls back to it). */
    static List<Duty> duties(PositionForm form) {
        List<Duty> duties = new ArrayList<>();
        List<PositionForm.DutyLine> lines = form.getDuties();
        for (int i = 0; i < lines.size(); i++) {
            PositionForm.DutyLine line = lines.get(i);
            if (line == null || line.isBlank()) {
                continue;
            }
            if (line.getZh() == null || line.getZh().isBlank()) {
                throw new DomainException("org.position.duty-needs-chinese", i + 1);
            }
            String en = line.getEn() == null || line.getEn().isBlank() ? null : line.getEn().trim();
            duties.add(new Duty(line.getZh().trim(), en));
        }
        return duties;
    }

    /** The reporting line must lead to an existing position and never come back to this one. */
    private void checkReportsTo(Long id, Long reportsToId) {
        Set<Long> seen = new HashSet<>();
        Long current = reportsToId;
        while (current != null) {
            if (Objects.equals(current, id) || !seen.add(current)) {
                throw new DomainException("org.position.reporting-cycle");
            }
            Long at = current;
            current = positions.findById(at).orElseThrow(() -> new RecordNotFoundException("org_position", at)).reportsToId();
        }
    }

    private PositionDetails details(Position p, Position reportsTo) {
        Locale locale = LocaleContextHolder.getLocale();
        return new PositionDetails(p.id(), p.code(), p.name(locale), p.localizedName().zh(), p.localizedName().en(),
                p.storeType(), p.level(), p.reportsToId(), reportsTo == null ? null : reportsTo.name(locale),
                p.defaultRoleCode(), p.duties(), employees.countByPositionIdAndStatusNot(p.id(), EmployeeStatus.LEFT),
                p.version());
    }

    private Position load(Long id) {
        return positions.findById(id).orElseThrow(() -> new RecordNotFoundException("org_position", id));
    }
}
