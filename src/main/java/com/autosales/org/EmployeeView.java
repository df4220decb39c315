package com.autosales.org;

/** What other modules may know about an employee. */
public record EmployeeView(Long id, String employeeNo, String name, String phone, Long positionId,
        String positionName, Long unitId, Long managerId, EmployeeStatus status) {
}
