package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.LocalizedName;
import com.autosales.shared.web.RequiresPermission;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 分期设置 page: the document checklist and the lenders (sales:admin). */
@Controller
@RequiresPermission("sales:admin")
class LoanSettingsController {

    private final LoanSettings settings;
    private final MessageSource messages;

    LoanSettingsController(LoanSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/loans/settings")
    String show(Model model) {
        model.addAttribute("documentTypes", settings.documentTypes());
        model.addAttribute("lenders", settings.lenders());
        model.addAttribute("kinds", LoanLender.Kind.values());
        return "sales/loans/settings";
    }

    @PostMapping("/loans/settings/documents")
    String addDocument(@RequestParam String code, @RequestParam String nameZh,
            @RequestParam(required = false) String nameEn, @RequestParam(defaultValue = "false") boolean required,
            @RequestParam(defaultValue = "100") int position, RedirectAttributes redirect) {
        return done(() -> settings.addDocumentType(code, LocalizedName.of(nameZh, nameEn), required, position), redirect);
    }

    @PostMapping("/loans/settings/documents/{id}")
    String changeDocument(@PathVariable Long id, @RequestParam Long version, @RequestParam String nameZh,
            @RequestParam(required = false) String nameEn, @RequestParam(defaultValue = "false") boolean required,
            @RequestParam(defaultValue = "0") int position, @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        return done(() -> settings.changeDocumentType(id, version, LocalizedName.of(nameZh, nameEn), required, position,
                active), redirect);
    }

    @PostMapping("/loans/settings/lenders")
    String addLender(@RequestParam String name, @RequestParam(required = false) LoanLender.Kind kind,
            @RequestParam(defaultValue = "100") int position, RedirectAttributes redirect) {
        return done(() -> settings.addLender(name, kind, position), redirect);
    }

    @PostMapping("/loans/settings/lenders/{id}")
    String changeLender(@PathVariable Long id, @RequestParam Long version, @RequestParam String name,
            @RequestParam(required = false) LoanLender.Kind kind, @RequestParam(defaultValue = "0") int position,
            @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        return done(() -> settings.changeLender(id, version, name, kind, position, active), redirect);
    }

    private String done(Runnable change, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("settingsError",
                    messages.getMessage(e.messageKey(), e.args(), e.code(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/loans/settings";
    }
}
