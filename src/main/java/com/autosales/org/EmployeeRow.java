package com.autosales.org;

/** An employee as the staff list shows them. */
public record EmployeeRow(Long id, String employeeNo, String name, String phone, Long positionId, String positionName,
        Long unitId, String unitName, String storeName, EmployeeStatus status) {
}
