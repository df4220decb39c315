package com.autosales.org;

import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

    private LocalDate leftOn;

    private String leaveReason;

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

    /** Applies an edit; leaving is not an edit but {@link #leave}. Tells what changed, for the audit trail. */
    List<FieldChange> change(EmployeeForm form) {
        if (status == EmployeeStatus.LEFT) {
            throw new DomainException("org.employee.already-left", name);
        }
        EmployeeStatus newStatus = form.status() == null ? status : form.status();
        if (newStatus == EmployeeStatus.LEFT) {
            throw new DomainException("org.employee.leave-through-deactivation");
        }
        List<FieldChange> changes = List.of(
                FieldChange.of("employeeNo", employeeNo, form.employeeNo()),
                FieldChange.of("name", name, form.name()),
                FieldChange.of("phone", phone, form.phone()),
                FieldChange.of("positionId", positionId, form.positionId()),
                FieldChange.of("unitId", unitId, form.unitId()),
                FieldChange.of("managerId", managerId, form.managerId()),
                FieldChange.of("hireDate", hireDate, form.hireDate()),
                FieldChange.of("status", status, newStatus));
        this.employeeNo = form.employeeNo();
        this.name = form.name();
        this.phone = form.phone();
        this.positionId = form.positionId();
        this.unitId = form.unitId();
        this.managerId = form.managerId();
        this.hireDate = form.hireDate();
        this.status = newStatus;
        return changes.stream().filter(FieldChange::changed).toList();
    }

    /** 离职: the person leaves; the record stays for history. Handing over is the caller's job. */
    List<FieldChange> leave(LocalDate on, String reason, Long successorId) {
        if (status == EmployeeStatus.LEFT) {
            throw new DomainException("org.employee.already-left", name);
        }
        List<FieldChange> changes = List.of(FieldChange.of("status", status, EmployeeStatus.LEFT),
                FieldChange.of("leftOn", null, on), FieldChange.of("successorId", null, successorId));
        this.status = EmployeeStatus.LEFT;
        this.leftOn = on;
        this.leaveReason = reason;
        return changes;
    }

    FieldChange reportTo(Long newManagerId) {
        FieldChange change = FieldChange.of("managerId", managerId, newManagerId);
        this.managerId = newManagerId;
        return change;
    }

    boolean isActive() {
        return status != EmployeeStatus.LEFT;
    }

    boolean isAt(Long unit) {
        return Objects.equals(unitId, unit);
    }

    Long id() {
        return id;
    }

    String employeeNo() {
        return employeeNo;
    }

    String name() {
        return name;
    }

    String phone() {
        return phone;
    }

    Long unitId() {
        return unitId;
    }

    Long positionId() {
        return positionId;
    }

    Long managerId() {
        return managerId;
    }

    LocalDate hireDate() {
        return hireDate;
    }

    EmployeeStatus status() {
        return status;
    }

    LocalDate leftOn() {
        return leftOn;
    }

    String leaveReason() {
        return leaveReason;
    }

    long version() {
        return version;
    }

    EmployeeView view(String positionName) {
        return new EmployeeView(id, employeeNo, name, phone, positionId, positionName, unitId, managerId, status);
    }
}
