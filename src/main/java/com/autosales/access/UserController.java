package com.autosales.access;

import com.autosales.org.OrgDirectory;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User logins: list, create for an employee, edit roles and stores, reset password, unlock. */
@Controller
@RequiresPermission("access:view")
class UserController {

    private static final String FORM = "access/user-form";

    private final UserAdministration users;
    private final RoleAdministration roles;
    private final OrgDirectory org;

    UserController(UserAdministration users, RoleAdministration roles, OrgDirectory org) {
        this.users = users;
        this.roles = roles;
        this.org = org;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allRoles", roles.list());
        model.addAttribute("stores", org.stores());
        model.addAttribute("employees", org.currentEmployees());
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(defaultValue = "") String q, HttpServletRequest request, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("users", users.search(q));
        return Htmx.isHtmx(request) ? "access/users :: results" : "access/users";
    }

    @GetMapping("/admin/users/new")
    @RequiresPermission("access:admin")
    String createForm(Model model) {
        model.addAttribute("form", new UserForm("", "", null, null, null, null, null, true, ""));
        return FORM;
    }

    @PostMapping("/admin/users/new")
    @RequiresPermission("access:admin")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            Long id = users.create(form);
            redirect.addFlashAttribute("successKey", "access.user.created");
            return "redirect:/admin/users/" + id;
        } catch (DomainException e) {
            errors.rejectValue(fieldOf(e), e.messageKey(), e.args(), e.code());
            return FORM;
        }
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable Long id, Model model) {
        UserView user = users.get(id);
        model.addAttribute("user", user);
        model.addAttribute("version", user.version());
        model.addAttribute("form", new UserForm(user.username(), user.displayName(), user.email(), user.employeeId(),
                user.storeId(), user.extraStoreIds(), user.roleCodes(), user.enabled(), null));
        return FORM;
    }

    @PostMapping("/admin/users/{id}")
    @RequiresPermission("access:admin")
    String update(@PathVariable Long id, @RequestParam long version, @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("user", users.get(id));
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            users.update(id, version, form);
        } catch (ConcurrentChangeException e) {
            errors.reject("error.concurrent-change");
            return FORM;
        } catch (DomainException e) {
            errors.rejectValue(fieldOf(e), e.messageKey(), e.args(), e.code());
            return FORM;
        }
        redirect.addFlashAttribute("successKey", "access.user.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    @RequiresPermission("access:admin")
    String resetPassword(@PathVariable Long id, @RequestParam String password, RedirectAttributes redirect) {
        users.resetPassword(id, password);
        redirect.addFlashAttribute("successKey", "access.user.password-reset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/unlock")
    @RequiresPermission("access:admin")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("successKey", "access.user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    private static String fieldOf(DomainException e) {
        return switch (e.messageKey()) {
            case "error.access.user.username-taken" -> "username";
            case "error.access.user.weak-password", "error.access.user.password-is-username" -> "password";
            default -> "roleCodes";
        };
    }
}
