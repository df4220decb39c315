package com.autosales.org;

import java.time.LocalDate;
import java.util.List;

/**
 * The person page: who they are, where they sit, whom they report to, who reports to them, and
 * the duties of their position (in the reader's language).
 */
public record EmployeeProfile(Long id, String employeeNo, String name, String phone, Long positionId,
        String positionName, Long unitId, String unitName, Long storeId, String storeName, Long managerId,
        String managerName, LocalDate hireDate, EmployeeStatus status, LocalDate leftOn, String leaveReason,
        List<String> duties, List<OrgChartNode.ChartPerson> directReports, long version) {
}
