package com.autosales.approvals;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.UserDirectory;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My deputies while I am away, and the people I stand in for. */
@Controller
class DeputyController {

    private static final String PAGE = "approvals/deputies";

    private final Deputies deputies;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final UserDirectory users;

    DeputyController(Deputies deputies, CurrentUsers currentUsers, OrgDirectory org, UserDirectory users) {
        this.deputies = deputies;
        this.currentUsers = currentUsers;
        this.org = org;
        this.users = users;
    }

    /** Logins of my store's colleagues, offered as suggestions for the deputy field. */
    @ModelAttribute("colleagues")
    List<String> colleagues() {
        CurrentUser me = currentUsers.current();
        if (me.storeId() == null) {
            return List.of();
        }
        return org.employeeIdsUnder(me.storeId()).stream().sorted()
                .map(users::usernameOfEmployee).flatMap(Optional::stream)
                .filter(username -> !Objects.equals(username, me.username()))
                .toList();
    }

    @GetMapping("/approvals/deputies")
    String list(Model model) {
        model.addAttribute("form", DeputyForm.startingOn(deputies.today()));
        return page(model);
    }

    @PostMapping("/approvals/deputies")
    String appoint(@Valid @ModelAttribute("form") DeputyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                deputies.appoint(form.deputy(), form.startsOn(), form.endsOn());
                redirect.addFlashAttribute("successKey", "approval.deputy.saved");
                return "redirect:/approvals/deputies";
            } catch (RecordNotFoundException e) {
                throw e;
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return page(model);
    }

    @PostMapping("/approvals/deputies/{id}/cancel")
    String cancel(@PathVariable Long id, RedirectAttributes redirect) {
        deputies.cancel(id);
        redirect.addFlashAttribute("successKey", "approval.deputy.cancelled");
        return "redirect:/approvals/deputies";
    }

    private String page(Model model) {
        model.addAttribute("me", currentUsers.current().username());
        model.addAttribute("arrangements", deputies.mine());
        return PAGE;
    }
}
