package com.autosales.org;

import com.autosales.shared.DomainException;
import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff list with search and filters, the person page, hiring, editing and 离职交接 (deactivation with handover). */
@Controller
@RequiresPermission("org:view")
class EmployeeController {

    private static final String FORM = "org/employee-form";
    private static final String LEAVE = "org/employee-deactivate";

    private final EmployeeManagement employees;
    private final EmployeeLeaving leaving;
    private final UnitManagement units;
    private final PositionManagement positions;
    private final Clock clock;

    EmployeeController(EmployeeManagement employees, EmployeeLeaving leaving, UnitManagement units,
            PositionManagement positions, Clock clock) {
        this.employees = employees;
        this.leaving = leaving;
        this.units = units;
        this.positions = positions;
        this.clock = clock;
    }

    @ModelAttribute("statuses")
    EmployeeStatus[] statuses() {
        return EmployeeStatus.values();
    }

    @GetMapping("/org/employees")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long positionId, @RequestParam(required = false) EmployeeStatus status,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("positionId", positionId);
        model.addAttribute("status", status);
        model.addAttribute("employees", employees.search(q, unitId, positionId, status, page));
        if (Htmx.isHtmx(request)) {
            return "org/employees :: results";
        }
        model.addAttribute("unitOptions", units.options(null));
        model.addAttribute("positionOptions", positions.list());
        return "org/employees";
    }

    @GetMapping("/org/employees/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("person", employees.profile(id));
        return "org/employee";
    }

    @GetMapping("/org/employees/new")
    @RequiresPermission("org:create")
    String createForm(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("employee", EmployeeForm.blank(unitId, LocalDate.now(clock)));
        return formPage(null, model);
    }

    @PostMapping("/org/employees/new")
    @RequiresPermission("org:create")
    String create(@Valid @ModelAttribute("employee") EmployeeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(null, model);
        }
        try {
            Long id = employees.hire(form);
            redirect.addFlashAttribute("successKey", "org.employee.hired");
            return "redirect:/org/employees/" + id;
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), e.code());
            return formPage(null, model);
        }
    }

    @GetMapping("/org/employees/{id}/edit")
    @RequiresPermission("org:edit")
    String editForm(@PathVariable Long id, Model model) {
        EmployeeProfile person = employees.profile(id);
        model.addAttribute("employee", new EmployeeForm(person.employeeNo(), person.name(), person.phone(),
                person.positionId(), person.unitId(), person.managerId(), person.hireDate(), person.status()));
        model.addAttribute("version", person.version());
        return formPage(person, model);
    }

    @PostMapping("/org/employees/{id}/edit")
    @RequiresPermission("org:edit")
    String edit(@PathVariable Long id, @RequestParam long version, @Valid @ModelAttribute("employee") EmployeeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        EmployeeProfile person = employees.profile(id);
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return formPage(person, model);
        }
        try {
            employees.update(id, version, form);
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), e.code());
            return formPage(person, model);
        }
        redirect.addFlashAttribute("successKey", "org.employee.saved");
        return "redirect:/org/employees/" + id;
    }

    @GetMapping("/org/employees/{id}/deactivate")
    @RequiresPermission("org:delete")
    String deactivateForm(@PathVariable Long id, Model model) {
        EmployeeProfile person = employees.profile(id);
        model.addAttribute("deactivation", new Deactivation(null, "", LocalDate.now(clock)));
        model.addAttribute("version", person.version());
        return leavePage(person, model);
    }

    @PostMapping("/org/employees/{id}/deactivate")
    @RequiresPermission("org:delete")
    String deactivate(@PathVariable Long id, @RequestParam long version,
            @Valid @ModelAttribute("deactivation") Deactivation deactivation, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        EmployeeProfile person = employees.profile(id);
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return leavePage(person, model);
        }
        try {
            leaving.deactivate(id, version, deactivation);
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), e.code());
            return leavePage(person, model);
        }
        redirect.addFlashAttribute("successKey", "org.employee.deactivated");
        return "redirect:/org/employees/" + id;
    }

    private String formPage(EmployeeProfile person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("unitOptions", units.options(null));
        model.addAttribute("positionOptions", positions.list());
        model.addAttribute("managerOptions", employees.currentStaff().stream()
                .filter(e -> person == null || !e.id().equals(person.id())).toList());
        model.addAttribute("editableStatuses", List.of(EmployeeStatus.ACTIVE, EmployeeStatus.ON_LEAVE));
        return FORM;
    }

    private String leavePage(EmployeeProfile person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("successors", leaving.successorCandidates(person.id()));
        model.addAttribute("openRecords", leaving.openRecordsOwnedBy(person.id()));
        return LEAVE;
    }
}
