package com.autosales.sales;

import com.autosales.approvals.Decision;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.QueryString;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 销售合同 pages: the list, the form from an accepted quote, the contract with its flow, history and PDF. */
@Controller
@RequiresPermission("sales:view")
class ContractController {

    private final ContractManagement contracts;
    private final ContractFulfilment fulfilment;
    private final ContractAmending amending;
    private final ContractDocumentsService documents;
    private final FlashOutcome flash;

    ContractController(ContractManagement contracts, ContractFulfilment fulfilment, ContractAmending amending,
            ContractDocumentsService documents, FlashOutcome flash) {
        this.contracts = contracts;
        this.fulfilment = fulfilment;
        this.amending = amending;
        this.documents = documents;
        this.flash = flash;
    }

    @GetMapping("/contracts")
    String list(@RequestParam(required = false) ContractStatus status, @RequestParam(required = false) String customer,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("contracts", contracts.list(status, null, customer, page));
        model.addAttribute("statuses", ContractStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("customer", customer);
        String query = new QueryString().add("status", status)
                .add("customer", customer == null || customer.isBlank() ? null : customer).toString();
        model.addAttribute("base", "/contracts?" + (query.isEmpty() ? "" : query + "&"));
        return "sales/contracts/list";
    }

    @GetMapping("/contracts/new")
    @RequiresPermission("sales:create")
    String newContract(@RequestParam Long quoteId, Model model) {
        model.addAttribute("contractForm", ContractForm.of(quoteId, contracts.defaultsFor(quoteId)));
        return form(model, null);
    }

    @PostMapping("/contracts")
    @RequiresPermission("sales:create")
    String create(@Valid @ModelAttribute("contractForm") ContractForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/contracts/" + contracts.createFromQuote(form.quoteId(), form.details());
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        return form(model, null);
    }

    @GetMapping("/contracts/{id}/edit")
    @RequiresPermission("sales:edit")
    String edit(@PathVariable Long id, Model model) {
        ContractView contract = contracts.get(id);
        model.addAttribute("contractForm", ContractForm.of(contract));
        return form(model, contract);
    }

    @PostMapping("/contracts/{id}")
    @RequiresPermission("sales:edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("contractForm") ContractForm form, BindingResult errors,
            Model model) {
        if (!errors.hasErrors()) {
            try {
                contracts.update(id, form.version(), form.details());
                return "redirect:/contracts/" + id;
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        return form(model, contracts.get(id));
    }

    private String form(Model model, ContractView editing) {
        model.addAttribute("editing", editing);
        return "sales/contracts/form";
    }

    @GetMapping("/contracts/{id}")
    String show(@PathVariable Long id, Model model) {
        ContractView contract = contracts.get(id);
        model.addAttribute("contract", contract);
        model.addAttribute("steps", contracts.steps(id));
        model.addAttribute("documents", documents.entries(id));
        model.addAttribute("amendments", amending.of(id));
        return "sales/contracts/show";
    }

    @PostMapping("/contracts/{id}/submit")
    @RequiresPermission("sales:edit")
    String submit(@PathVariable Long id, ContractActionForms.CommentBody body, RedirectAttributes redirect) {
        return act(id, redirect, "sales.contract.done.submitted", () -> contracts.submit(id, body.comment()));
    }

    @PostMapping("/contracts/{id}/decision")
    @RequiresPermission("sales:approve")
    String decide(@PathVariable Long id, @RequestParam Decision decision, ContractActionForms.CommentBody body,
            RedirectAttributes redirect) {
        return act(id, redirect, "sales.contract.done.decided", () -> contracts.decide(id, decision, body.comment()));
    }

    @PostMapping("/contracts/{id}/sign")
    @RequiresPermission("sales:edit")
    String sign(@PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, "sales.contract.done.signed", () -> contracts.sign(id));
    }

    @PostMapping("/contracts/{id}/close")
    @RequiresPermission("sales:edit")
    String close(@PathVariable Long id, ContractActionForms.CommentBody body, RedirectAttributes redirect) {
        return act(id, redirect, "sales.contract.done.closed", () -> fulfilment.close(id, body.comment()));
    }

    @PostMapping("/contracts/{id}/cancel")
    @RequiresPermission("sales:edit")
    String cancel(@PathVariable Long id, ContractActionForms.CancelBody body, RedirectAttributes redirect) {
        return act(id, redirect, "sales.contract.done.cancelled", () -> fulfilment.cancel(id, body.reason(), body.refund(), body.refundNote()));
    }

    @PostMapping("/contracts/{id}/amendments")
    @RequiresPermission("sales:edit")
    String amend(@PathVariable Long id, ContractActionForms.AmendmentBody body, RedirectAttributes redirect) {
        return act(id, redirect, "sales.contract.done.amendment", () -> amending.request(id, body.request()));
    }

    @GetMapping("/contracts/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        return pdfResponse(documents.current(id));
    }

    @GetMapping("/contracts/{id}/documents/{versionNo}")
    ResponseEntity<byte[]> archived(@PathVariable Long id, @PathVariable int versionNo) {
        return pdfResponse(documents.version(id, versionNo));
    }

    static ResponseEntity<byte[]> pdfResponse(ContractArchive.Pdf pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }

    /** Runs a step of the flow and comes back to the contract, with the success note or the refusal in the reader's language. */
    private String act(Long id, RedirectAttributes redirect, String successKey, Runnable step) {
        return flash.run(null, redirect, back(id), successKey, () -> {
            step.run();
            return back(id);
        });
    }

    private static String back(Long id) {
        return "/contracts/" + id;
    }
}
