package com.autosales.leads;

import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/** 回访任务 — the consultant's daily call list with a one-click result form (htmx), and the manager's click-through. */
@Controller
@RequiresPermission("leads:view")
class FollowUpController {

    private static final String PAGE = "leads/tasks";
    private static final String TASKS = "leads/tasks :: tasks";
    private static final String FORM = "leads/follow-up-form :: record-form";

    private final LeadFollowUps followUps;
    private final FirstContactReport firstContacts;

    FollowUpController(LeadFollowUps followUps, FirstContactReport firstContacts) {
        this.followUps = followUps;
        this.firstContacts = firstContacts;
    }

    /** The call list and, above it, the leads of the same consultant still waiting for their first contact. */
    private void addTasks(Model model, Long consultant) {
        TaskList tasks = followUps.tasks(consultant);
        model.addAttribute("tasks", tasks);
        model.addAttribute("waiting", tasks.ownerEmployeeId() == null ? java.util.List.of() : firstContacts.waiting()
                .stream().filter(l -> tasks.ownerEmployeeId().equals(l.ownerEmployeeId())).toList());
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("levels", LeadLevel.values());
        model.addAttribute("channels", FollowUpChannel.values());
    }

    @GetMapping("/follow-ups")
    String tasks(@RequestParam(required = false) Long consultant, HttpServletRequest request, Model model) {
        addTasks(model, consultant);
        model.addAttribute("consultant", consultant);
        return Htmx.isHtmx(request) ? TASKS : PAGE;
    }

    @GetMapping("/follow-ups/{id}/form")
    @RequiresPermission("leads:edit")
    String form(@PathVariable Long id, Model model) {
        FollowUpView task = followUps.task(id);
        model.addAttribute("task", task);
        model.addAttribute("result", FollowUpResult.blank(task.leadLevel()));
        return FORM;
    }

    @PostMapping("/follow-ups/{id}")
    @RequiresPermission("leads:edit")
    String record(@PathVariable Long id, @Valid @ModelAttribute("result") FollowUpResult result, BindingResult errors,
            @RequestParam(required = false) String back, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        FollowUpView task = followUps.task(id);
        if (!errors.hasErrors()) {
            try {
                FollowUpView next = followUps.record(id, result);
                if ("lead".equals(back) || !Htmx.isHtmx(request)) {
                    redirect.addFlashAttribute("successKey", "leads.follow-up.saved");
                    return "lead".equals(back) ? "redirect:/leads/" + task.leadId() : "redirect:/follow-ups";
                }
                response.setHeader("HX-Retarget", "#tasks");
                response.setHeader("HX-Reswap", "outerHTML");
                addTasks(model, null);
                if (!task.aftercare()) {
                    model.addAttribute("savedNext", next);
                }
                return TASKS;
            } catch (RecordNotFoundException e) {
                throw e;
            } catch (DomainException e) {
                LeadController.reject(errors, e);
            }
        }
        model.addAttribute("task", task);
        if ("lead".equals(back)) {
            redirect.addFlashAttribute("followUpError", errors.hasFieldErrors()
                    ? "error.leads.follow-up-invalid" : errors.getGlobalErrors().get(0).getCode());
            return "redirect:/leads/" + task.leadId() + "#record";
        }
        return Htmx.isHtmx(request) ? FORM : pageWithErrors(model);
    }

    private String pageWithErrors(Model model) {
        addTasks(model, null);
        return PAGE;
    }
}
