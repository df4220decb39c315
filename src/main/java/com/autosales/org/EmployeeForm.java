package com.autosales.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Hiring or editing an employee, as the form and the API send it. Leaving goes through {@link Deactivation}. */
public record EmployeeForm(
        @NotBlank @Size(max = 30) @Pattern(regexp = NUMBER, message = "{org.employee.no.invalid}") String employeeNo,
        @NotBlank @Size(max = 60) String name,
        @Pattern(regexp = PHONE, message = "{org.employee.phone.invalid}") String phone,
        @NotNull Long positionId,
        @NotNull Long unitId,
        Long managerId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hireDate,
        EmployeeStatus status) {

    static final String NUMBER = "^$|^[A-Za-z0-9-]+$";
    static final String PHONE = "^$|^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$";

    public EmployeeForm {
        employeeNo = employeeNo == null ? null : employeeNo.trim().toUpperCase(java.util.Locale.ROOT);
        name = name == null ? null : name.trim();
        phone = phone == null || phone.isBlank() ? null : phone.trim();
    }

    static EmployeeForm blank(Long unitId, LocalDate today) {
        return new EmployeeForm("", "", null, null, unitId, null, today, EmployeeStatus.ACTIVE);
    }
}
