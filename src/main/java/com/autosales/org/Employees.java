package com.autosales.org;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Employees extends JpaRepository<Employee, Long> {

    List<Employee> findByUnitIdIn(Collection<Long> unitIds);
}
