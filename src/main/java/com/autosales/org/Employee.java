package com.autosales.org;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** 员工 — a person of the sales department, holding one position in one unit. */
@Entity
@Table(name = "org_employee")
class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String employeeNo;

    private String name;

    private String phone;

    private Long positionId;

    private Long unitId;

    private Long managerId;

    private LocalDate hireDate;

    @Enumerated(EnumType.STRING)
    private EmployeeStatus status = EmployeeStatus.ACTIVE;

    @Version
    private long version;

    protected Employee() {
    }

    Employee(String employeeNo, String name, String phone, Long positionId, Long unitId, Long managerId,
            LocalDate hireDate) {
        this.employeeNo = employeeNo;
        this.name = name;
        this.phone = phone;
        this.positionId = positionId;
        this.unitId = unitId;
        this.managerId = managerId;
        this.hireDate = hireDate;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    Long unitId() {
        return unitId;
    }

    Long positionId() {
        return positionId;
    }

    EmployeeView view(String positionName) {
        return new EmployeeView(id, employeeNo, name, phone, positionId, positionName, unitId, managerId, status);
    }
}
