package com.autosales.access;

import com.autosales.shared.web.RequiresPermission;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Roles and the permission matrix (modules × actions) with the data scope of each role. */
@Controller
@RequiresPermission("access:view")
class RoleController {

    private static final String FORM = "access/role-form";

    private final RoleAdministration roles;
    private final MessageSource messages;

    RoleController(RoleAdministration roles, MessageSource messages) {
        this.roles = roles;
        this.messages = messages;
    }

    @ModelAttribute
    void matrix(Model model) {
        model.addAttribute("modules", Permissions.MODULES);
        model.addAttribute("actions", Permissions.ACTIONS);
        model.addAttribute("specialPermissions", List.of(Permissions.CUSTOMERS_SENSITIVE, Permissions.CUSTOMERS_IMPORT,
                Permissions.SALES_LOANS));
        model.addAttribute("scopes", DataScope.values());
    }

    @GetMapping("/admin/roles")
    String list(Model model) {
        model.addAttribute("roles", roles.list());
        return "access/roles";
    }

    @GetMapping("/admin/roles/new")
    @RequiresPermission("access:admin")
    String createForm(@RequestParam(required = false) Long copyOf, Model model) {
        RoleView template = copyOf == null ? null : roles.get(copyOf);
        model.addAttribute("form", template == null ? new RoleForm("", "", "", DataScope.OWN, null)
                : new RoleForm("", template.nameZh(), template.nameEn(), template.dataScope(), template.permissions()));
        return FORM;
    }

    @PostMapping("/admin/roles/new")
    @RequiresPermission("access:admin")
    String create(@Valid @ModelAttribute("form") RoleForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            Long id = roles.create(form);
            redirect.addFlashAttribute("successKey", "access.role.saved");
            return "redirect:/admin/roles/" + id;
        } catch (DomainException e) {
            errors.rejectValue("code", e.messageKey(), e.args(), e.code());
            return FORM;
        }
    }

    @GetMapping("/admin/roles/{id}")
    String edit(@PathVariable Long id, Model model) {
        RoleView role = roles.get(id);
        model.addAttribute("role", role);
        model.addAttribute("version", role.version());
        model.addAttribute("form", new RoleForm(role.code(), role.nameZh(), role.nameEn(), role.dataScope(), role.permissions()));
        return FORM;
    }

    @PostMapping("/admin/roles/{id}")
    @RequiresPermission("access:admin")
    String update(@PathVariable Long id, @RequestParam long version, @Valid @ModelAttribute("form") RoleForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("role", roles.get(id));
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            roles.update(id, version, form);
        } catch (ConcurrentChangeException e) {
            errors.reject("error.concurrent-change");
            return FORM;
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), messages.getMessage(e.messageKey(), e.args(), e.code(),
                    LocaleContextHolder.getLocale()));
            return FORM;
        }
        redirect.addFlashAttribute("successKey", "access.role.saved");
        return "redirect:/admin/roles/" + id;
    }
}
