package com.autosales.targets;

import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The tree a plan is decomposed along, as the organisation stands now: the store, its active units (departments, teams)
 * below it, and in each unit the people currently employed there.
 */
@Component
class OrgSnapshot {

    record Branch(NodeKind kind, Long refId, List<Branch> children) {
    }

    private final OrgDirectory org;

    OrgSnapshot(OrgDirectory org) {
        this.org = org;
    }

    Branch of(Long storeId) {
        Set<Long> unitIds = org.unitTree(storeId);
        Map<Long, UnitView> units = unitIds.stream().map(org::unit).flatMap(Optional::stream)
                .filter(UnitView::active).collect(Collectors.toMap(UnitView::id, Function.identity()));
        List<EmployeeView> people = org.currentEmployees().stream()
                .filter(e -> e.unitId() != null && units.containsKey(e.unitId())).toList();
        return branch(NodeKind.STORE, storeId, units, people);
    }

    private Branch branch(NodeKind kind, Long unitId, Map<Long, UnitView> units, List<EmployeeView> people) {
        List<Branch> subUnits = units.values().stream().filter(u -> unitId.equals(u.parentId()))
                .sorted(Comparator.comparing(UnitView::id))
                .map(u -> branch(NodeKind.UNIT, u.id(), units, people)).toList();
        List<Branch> staff = people.stream().filter(e -> unitId.equals(e.unitId()))
                .sorted(Comparator.comparing(EmployeeView::employeeNo))
                .map(e -> new Branch(NodeKind.EMPLOYEE, e.id(), List.of())).toList();
        return new Branch(kind, unitId, java.util.stream.Stream.concat(subUnits.stream(), staff.stream()).toList());
    }
}
