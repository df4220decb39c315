package com.autosales.org;

import com.autosales.shared.web.IfMatch;
import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Employees over the API: search, hire, edit, and deactivation with handover to a successor. */
@RestController
@RequestMapping("/api/v1/org/employees")
@Tag(name = "Organisation")
@RequiresPermission("org:view")
class EmployeeRestController {

    private final EmployeeManagement employees;
    private final EmployeeLeaving leaving;

    EmployeeRestController(EmployeeManagement employees, EmployeeLeaving leaving) {
        this.employees = employees;
        this.leaving = leaving;
    }

    @GetMapping
    @Operation(summary = "Search staff by name, number or phone; filter by unit (including sub-units), position and status (default: everyone who has not left)")
    PageResponse<EmployeeRow> search(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long positionId,
            @RequestParam(required = false) EmployeeStatus status, @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(employees.search(q, unitId, positionId, status, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One employee with position duties, manager and direct reports")
    EmployeeProfile get(@PathVariable Long id) {
        return employees.profile(id);
    }

    @PostMapping
    @RequiresPermission("org:create")
    @Operation(summary = "Hire an employee into a position and unit")
    ResponseEntity<EmployeeProfile> hire(@Valid @RequestBody EmployeeForm form) {
        Long id = employees.hire(form);
        return ResponseEntity.created(URI.create("/api/v1/org/employees/" + id)).body(employees.profile(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission("org:edit")
    @Operation(summary = "Edit an employee; If-Match carries the version read, a stale one answers 409")
    EmployeeProfile update(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody EmployeeForm form) {
        employees.update(id, IfMatch.version(ifMatch), form);
        return employees.profile(id);
    }

    @PostMapping("/{id}/deactivation")
    @RequiresPermission("org:delete")
    @Operation(summary = "The employee leaves: customers and direct reports go to the successor, the login is disabled")
    EmployeeProfile deactivate(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody Deactivation deactivation) {
        leaving.deactivate(id, IfMatch.version(ifMatch), deactivation);
        return employees.profile(id);
    }
}
