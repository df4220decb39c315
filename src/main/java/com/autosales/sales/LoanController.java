package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 分期 pages: the finance specialist's workbench, the application with its checklist and steps, the contract's card. */
@Controller
@RequiresPermission("sales:view")
class LoanController {

    private final LoanManagement loans;
    private final LoanWorkbench workbench;
    private final ContractManagement contracts;
    private final MessageSource messages;
    private final Clock clock;

    LoanController(LoanManagement loans, LoanWorkbench workbench, ContractManagement contracts, MessageSource messages,
            Clock clock) {
        this.loans = loans;
        this.workbench = workbench;
        this.contracts = contracts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/loans")
    String desk(@RequestParam(required = false) LoanStatus status, @RequestParam(required = false) String lender,
            @RequestParam(required = false) String customer, @RequestParam(defaultValue = "0") int page, Model model) {
        String onlyLender = lender == null || lender.isBlank() ? null : lender.strip();
        if (status != null || (customer != null && !customer.isBlank())) {
            model.addAttribute("loans", loans.list(status, null, onlyLender, customer, page));
        } else {
            model.addAttribute("today", workbench.today(onlyLender));
        }
        model.addAttribute("statuses", LoanStatus.values());
        model.addAttribute("lenders", workbench.lenderNames());
        model.addAttribute("status", status);
        model.addAttribute("lender", onlyLender);
        model.addAttribute("customer", customer);
        model.addAttribute("base", "/loans?" + (status == null ? "" : "status=" + status + "&")
                + (onlyLender == null ? "" : "lender=" + URLEncoder.encode(onlyLender, StandardCharsets.UTF_8) + "&")
                + (customer == null ? "" : "customer=" + URLEncoder.encode(customer, StandardCharsets.UTF_8)));
        return "sales/loans/desk";
    }

    @GetMapping("/loans/new")
    @RequiresPermission("sales:edit")
    String newLoan(@RequestParam(required = false) Long contractId, Model model) {
        if (contractId == null) {
            return "redirect:/loans";
        }
        return form(model, contractId, loans.defaultsFor(contractId), null);
    }

    @PostMapping("/loans")
    @RequiresPermission("sales:edit")
    String open(@RequestParam Long contractId, LoanRequest request, Model model) {
        try {
            return "redirect:/loans/" + loans.open(contractId, request);
        } catch (DomainException e) {
            return form(model, contractId, request, e);
        }
    }

    @GetMapping("/loans/{id}/edit")
    @RequiresPermission("sales:edit")
    String edit(@PathVariable Long id, Model model) {
        LoanView loan = loans.get(id);
        model.addAttribute("loan", loan);
        return form(model, loan.contractId(), new LoanRequest(loan.lender(), loan.amount().amount(), loan.termMonths(),
                loan.annualRate(), loan.note()), null);
    }

    @PostMapping("/loans/{id}")
    @RequiresPermission("sales:edit")
    String update(@PathVariable Long id, @RequestParam(required = false) Long version, LoanRequest request, Model model) {
        try {
            loans.update(id, version, request);
            return "redirect:/loans/" + id;
        } catch (DomainException e) {
            LoanView loan = loans.get(id);
            model.addAttribute("loan", loan);
            return form(model, loan.contractId(), request, e);
        }
    }

    private String form(Model model, Long contractId, LoanRequest request, DomainException error) {
        model.addAttribute("contract", contracts.get(contractId));
        model.addAttribute("request", request);
        model.addAttribute("lenders", workbench.lenderNames());
        model.addAttribute("error", error);
        return "sales/loans/form";
    }

    @GetMapping("/loans/{id}")
    String show(@PathVariable Long id, Model model) {
        LoanView loan = loans.get(id);
        model.addAttribute("loan", loan);
        model.addAttribute("contract", contracts.get(loan.contractId()));
        model.addAttribute("steps", workbench.steps(id));
        model.addAttribute("todayDate", LocalDate.now(clock));
        return "sales/loans/show";
    }

    /** One click on an item of the checklist (htmx: the checklist and the actions come back with the new version). */
    @PostMapping("/loans/{id}/documents/{typeId}")
    @RequiresPermission("sales:edit")
    String document(@PathVariable Long id, @PathVariable Long typeId, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "false") boolean received, HttpServletRequest request, Model model) {
        loans.markDocument(id, version, typeId, received, null);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/loans/" + id;
        }
        show(id, model);
        return "sales/loans/show :: main";
    }

    @GetMapping("/loans/for-contract/{contractId}")
    String forContract(@PathVariable Long contractId, Model model) {
        model.addAttribute("contract", contracts.get(contractId));
        model.addAttribute("contractLoans", workbench.forContract(contractId));
        return "sales/loans/card :: card";
    }

    @PostMapping("/loans/{id}/submit")
    @RequiresPermission("sales:loans")
    String submit(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, () -> loans.submit(id, version, comment), redirect);
    }

    @PostMapping("/loans/{id}/approve")
    @RequiresPermission("sales:loans")
    String approve(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String lenderReference, @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) Integer termMonths, @RequestParam(required = false) BigDecimal annualRate,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, () -> loans.approve(id, version, lenderReference,
                new LoanRequest(null, amount, termMonths, annualRate, null), comment), redirect);
    }

    @PostMapping("/loans/{id}/reject")
    @RequiresPermission("sales:loans")
    String reject(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, () -> loans.reject(id, version, reason), redirect);
    }

    @PostMapping("/loans/{id}/disburse")
    @RequiresPermission("sales:loans")
    String disburse(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate disbursedOn,
            @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return act(id, () -> loans.disburse(id, version, disbursedOn, amount, comment), redirect);
    }

    @PostMapping("/loans/{id}/cancel")
    @RequiresPermission("sales:loans")
    String cancel(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, () -> loans.cancel(id, version, reason), redirect);
    }

    /** Does the step; a refusal (other than not found) comes back as a message on the application's page. */
    private String act(Long id, Runnable step, RedirectAttributes redirect) {
        try {
            step.run();
        } catch (RecordNotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError",
                    messages.getMessage(e.messageKey(), e.args(), e.code(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/loans/" + id;
    }
}
