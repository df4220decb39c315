package com.autosales.org;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Employees extends JpaRepository<Employee, Long>, JpaSpecificationExecutor<Employee> {

    List<Employee> findByUnitIdIn(Collection<Long> unitIds);

    List<Employee> findByStatusNotOrderByEmployeeNo(EmployeeStatus status);

    List<Employee> findByManagerIdAndStatusNot(Long managerId, EmployeeStatus status);

    long countByUnitIdInAndStatusNot(Collection<Long> unitIds, EmployeeStatus status);

    long countByPositionIdAndStatusNot(Long positionId, EmployeeStatus status);

    boolean existsByEmployeeNo(String employeeNo);

    boolean existsByEmployeeNoAndIdNot(String employeeNo, Long id);
}
