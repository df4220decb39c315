package com.autosales.payments;

import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.web.RequiresPermission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 收款 pages: the ledger, the payment form (one key per form), a payment with its receipt and reversal, the contract card. */
@Controller
@RequiresPermission("payments:view")
class PaymentController {

    private final PaymentManagement payments;
    private final ReceivableManagement receivables;
    private final ReceiptPdf receipt;
    private final MessageSource messages;
    private final Clock clock;

    PaymentController(PaymentManagement payments, ReceivableManagement receivables, ReceiptPdf receipt,
            MessageSource messages, Clock clock) {
        this.payments = payments;
        this.receivables = receivables;
        this.receipt = receipt;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/payments")
    String list(@RequestParam(required = false) PaymentKind kind, @RequestParam(required = false) Long contractId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("payments", payments.list(kind, contractId, from, to, page));
        model.addAttribute("kinds", PaymentKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("base", "/payments?" + new com.autosales.shared.web.QueryString().add("kind", kind)
                .add("contractId", contractId).add("from", from).add("to", to) + "&");
        return "payments/list";
    }

    @GetMapping("/payments/new")
    @RequiresPermission("payments:create")
    String newPayment(@RequestParam(required = false) Long contractId, @RequestParam(required = false) PaymentKind kind,
            Model model) {
        if (contractId == null) {
            model.addAttribute("accounts", receivables.list(true));
            return "payments/pick-contract";
        }
        ReceivableView account = receivables.of(contractId);
        java.math.BigDecimal suggested = account.lines().stream().filter(l -> l.open().amount().signum() > 0)
                .findFirst().map(l -> l.open().amount()).orElse(null);
        model.addAttribute("paymentForm", PaymentForm.blank(contractId, kind, suggested, account.customerName(),
                LocalDate.now(clock)));
        return form(model, account);
    }

    @PostMapping("/payments")
    @RequiresPermission("payments:create")
    String record(@ModelAttribute("paymentForm") PaymentForm form, Model model, RedirectAttributes redirect) {
        try {
            PaymentManagement.Recorded recorded = payments.record(form.idempotencyKey(), form.request());
            redirect.addFlashAttribute("successKey", recorded.created() ? "payments.recorded" : "payments.recorded-before");
            return "redirect:/payments/" + recorded.payment().id();
        } catch (DomainException e) {
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.code(),
                    LocaleContextHolder.getLocale()));
            return form(model, form.contractId() == null ? null : receivables.of(form.contractId()));
        }
    }

    private String form(Model model, ReceivableView account) {
        model.addAttribute("account", account);
        model.addAttribute("kinds", PaymentKind.recordable());
        model.addAttribute("channels", java.util.Arrays.stream(PaymentChannel.values())
                .filter(c -> c != PaymentChannel.LOAN).toList());
        return "payments/form";
    }

    @GetMapping("/payments/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("payment", payments.get(id));
        model.addAttribute("reversalKey", "reversal-" + UUID.randomUUID());
        return "payments/show";
    }

    @PostMapping("/payments/{id}/reversal")
    @RequiresPermission("payments:approve")
    String reverse(@PathVariable Long id, @RequestParam(required = false) String idempotencyKey,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            PaymentView reversal = payments.reverse(id, idempotencyKey, reason).payment();
            redirect.addFlashAttribute("successKey", "payments.reversed");
            return "redirect:/payments/" + reversal.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.code(),
                    LocaleContextHolder.getLocale()));
            return "redirect:/payments/" + id;
        }
    }

    @GetMapping("/payments/{id}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable Long id) {
        PaymentView payment = payments.get(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(payment.number() + ".pdf").build().toString())
                .body(receipt.render(payment));
    }

    /** The contract page's card: what the contract expects, what came in, the ledger lines (htmx). */
    @GetMapping("/payments/for-contract/{contractId}")
    String forContract(@PathVariable Long contractId, Model model) {
        try {
            model.addAttribute("account", receivables.of(contractId));
            model.addAttribute("lines", payments.ofContract(contractId));
        } catch (RecordNotFoundException e) {
            model.addAttribute("account", null);
        }
        model.addAttribute("contractId", contractId);
        return "payments/contract-card :: card";
    }
}
