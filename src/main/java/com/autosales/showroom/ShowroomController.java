package com.autosales.showroom;

import com.autosales.shared.DomainException;
import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 展厅看板, the quick reception form (来店/来电登记), the reception list and its export. */
@Controller
@RequiresPermission("leads:view")
class ShowroomController {

    private final ReceptionLog log;
    private final ReceptionExcel excel;

    ShowroomController(ReceptionLog log, ReceptionExcel excel) {
        this.log = log;
        this.excel = excel;
    }

    @ModelAttribute("receptionKinds")
    ReceptionKind[] kinds() {
        return ReceptionKind.values();
    }

    @ModelAttribute("receptionSources")
    ReceptionSource[] sources() {
        return ReceptionSource.values();
    }

    /** Today's board; htmx asks for the board alone every 30 seconds. */
    @GetMapping("/showroom")
    String board(HttpServletRequest request, Model model) {
        model.addAttribute("board", log.board());
        return Htmx.isHtmx(request) ? "showroom/board :: board" : "showroom/board";
    }

    @GetMapping("/showroom/receptions/new")
    @RequiresPermission("leads:create")
    String newReception(Model model) {
        model.addAttribute("receptionForm", ReceptionForm.blank(log.now()));
        model.addAttribute("consultants", log.consultantChoices());
        return "showroom/form";
    }

    /** The phone typed so far: an existing card of the store, or an offer to register one. */
    @GetMapping("/showroom/receptions/match")
    @RequiresPermission("leads:create")
    String match(@RequestParam(required = false) String customerPhone, Model model) {
        model.addAttribute("match", log.match(customerPhone).orElse(null));
        model.addAttribute("phoneGiven", customerPhone != null && !customerPhone.isBlank());
        model.addAttribute("registerCustomer", true);
        return "showroom/form :: match";
    }

    @PostMapping("/showroom/receptions")
    @RequiresPermission("leads:create")
    String create(@Valid @ModelAttribute("receptionForm") ReceptionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            ReceptionRules.violations(form, log.now()).forEach((field, code) -> {
                if (!errors.hasFieldErrors(field)) {
                    errors.rejectValue(field, "error." + code, code);
                }
            });
        }
        if (!errors.hasErrors()) {
            try {
                ReceptionView saved = log.log(form);
                redirect.addFlashAttribute("successKey", "showroom.saved");
                return saved.inShowroom() ? "redirect:/showroom" : "redirect:/showroom/receptions/" + saved.id();
            } catch (ReceptionRejected e) {
                errors.rejectValue(e.field(), e.messageKey(), e.args(), e.code());
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        model.addAttribute("consultants", log.consultantChoices());
        model.addAttribute("match", log.match(form.customerPhone()).orElse(null));
        model.addAttribute("phoneGiven", form.customerPhone() != null);
        model.addAttribute("registerCustomer", form.wantsCard());
        return "showroom/form";
    }

    /** 离店 — one click on the board (htmx answers with the board) or on the reception's page. */
    @PostMapping("/showroom/receptions/{id}/left")
    @RequiresPermission("leads:edit")
    String left(@PathVariable Long id, @RequestParam(required = false) Long version, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        log.markLeft(id, version);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("board", log.board());
            return "showroom/board :: board";
        }
        redirect.addFlashAttribute("successKey", "showroom.left.saved");
        return "redirect:/showroom";
    }

    @GetMapping("/showroom/receptions")
    String list(@ModelAttribute("filter") ReceptionFilter filter, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("receptions", log.list(filter, page));
        model.addAttribute("consultants", log.consultantFilterChoices());
        return "showroom/list";
    }

    @GetMapping("/showroom/receptions/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("reception", log.get(id));
        return "showroom/show";
    }

    @GetMapping("/showroom/receptions/export.xlsx")
    @RequiresPermission("leads:export")
    void export(@ModelAttribute("filter") ReceptionFilter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        excel.respond(filter, locale, response);
    }
}
