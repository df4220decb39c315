package com.autosales.meetings;

import com.autosales.org.EmployeeStatus;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The people of a store who can attend its meetings; the sales department is where the consultants work. */
@Component
class StoreStaff {

    private static final Set<String> SALES_ROLES = Set.of("salesmanager", "consultant");

    private final OrgDirectory org;

    StoreStaff(OrgDirectory org) {
        this.org = org;
    }

    List<StoreEmployee> of(Long storeId) {
        List<EmployeeView> staff = employees(storeId);
        Set<Long> salesDepartments = staff.stream()
                .filter(e -> org.defaultRoleCode(e.id()).filter(SALES_ROLES::contains).isPresent())
                .map(e -> org.departmentOf(e.unitId()).orElse(e.unitId()))
                .collect(Collectors.toSet());
        return staff.stream().map(e -> new StoreEmployee(e.id(), e.name(), e.positionName(),
                salesDepartments.contains(org.departmentOf(e.unitId()).orElse(e.unitId())))).toList();
    }

    /** The employee, if they work in the store (and have not left). */
    Optional<EmployeeView> find(Long storeId, Long employeeId) {
        if (employeeId == null) {
            return Optional.empty();
        }
        return org.employee(employeeId).filter(e -> e.status() != EmployeeStatus.LEFT)
                .filter(e -> org.storeOf(e.unitId()).map(storeId::equals).orElse(false));
    }

    private List<EmployeeView> employees(Long storeId) {
        return org.employees(org.employeeIdsUnder(storeId)).values().stream()
                .filter(e -> e.status() != EmployeeStatus.LEFT)
                .sorted(Comparator.comparing(EmployeeView::employeeNo)).toList();
    }
}
