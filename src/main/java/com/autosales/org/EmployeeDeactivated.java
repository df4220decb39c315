package com.autosales.org;

/**
 * An employee has left (离职). Whoever keeps records owned by employees hands them over to the
 * successor; the access module disables the leaver's login. Published after the leaver's record
 * is updated, delivered after commit.
 */
public record EmployeeDeactivated(Long employeeId, Long successorEmployeeId, String reason) {
}
