package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import com.autosales.vehicles.CatalogueModel;
import com.autosales.vehicles.TrimSummary;
import com.autosales.vehicles.VehicleCatalogue;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** 报价 pages: my quotes, the quote form (from a lead) with live totals, the quote with versions, actions and PDF. */
@Controller
@RequiresPermission("sales:view")
class QuoteController {

    private final QuoteManagement quotes;
    private final VehicleCatalogue catalogue;
    private final QuotePdf pdf;
    private final ContractManagement contracts;

    QuoteController(QuoteManagement quotes, VehicleCatalogue catalogue, QuotePdf pdf, ContractManagement contracts) {
        this.quotes = quotes;
        this.contracts = contracts;
        this.catalogue = catalogue;
        this.pdf = pdf;
    }

    @GetMapping("/quotes")
    String list(@RequestParam(required = false) QuoteStatus status, @RequestParam(required = false) String customer,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("quotes", quotes.list(status, null, customer, page));
        model.addAttribute("statuses", QuoteStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("customer", customer);
        model.addAttribute("base", "/quotes?" + (status == null ? "" : "status=" + status + "&")
                + (customer == null ? "" : "customer=" + java.net.URLEncoder.encode(customer, java.nio.charset.StandardCharsets.UTF_8)));
        return "sales/list";
    }

    @GetMapping("/quotes/new")
    @RequiresPermission("sales:create")
    String newQuote(@RequestParam(required = false) Long leadId, Model model) {
        if (leadId == null) {
            model.addAttribute("leads", quotes.myOpenLeads());
            return "sales/pick-lead";
        }
        model.addAttribute("quoteForm", QuoteForm.forLead(leadId));
        return form(model, null);
    }

    @PostMapping("/quotes")
    @RequiresPermission("sales:create")
    String create(@Valid @ModelAttribute("quoteForm") QuoteForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/quotes/" + quotes.create(form.leadId(), form.request());
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        return form(model, null);
    }

    @GetMapping("/quotes/{id}/edit")
    @RequiresPermission("sales:edit")
    String edit(@PathVariable Long id, Model model) {
        QuoteView quote = quotes.get(id);
        model.addAttribute("quoteForm", QuoteForm.of(quote));
        return form(model, quote);
    }

    @PostMapping("/quotes/{id}")
    @RequiresPermission("sales:edit")
    String revise(@PathVariable Long id, @Valid @ModelAttribute("quoteForm") QuoteForm form, BindingResult errors,
            Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/quotes/" + quotes.revise(id, form.version() == null ? -1 : form.version(), form.request());
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        return form(model, quotes.get(id));
    }

    /** The live totals of the form (htmx); the server's figures, never the browser's. */
    @PostMapping("/quotes/preview")
    @RequiresPermission("sales:edit")
    String preview(@ModelAttribute("quoteForm") QuoteForm form, Model model) {
        try {
            model.addAttribute("preview", quotes.preview(form.leadId(), form.request()));
        } catch (DomainException e) {
            model.addAttribute("previewError", e);
        }
        return "sales/totals :: totals";
    }

    private String form(Model model, QuoteView editing) {
        List<TrimSummary> trims = catalogue.allTrims(LocaleContextHolder.getLocale()).stream().filter(TrimSummary::active).toList();
        List<CatalogueModel> models = catalogue.models(null, LocaleContextHolder.getLocale());
        model.addAttribute("trims", trims);
        model.addAttribute("catalogueModels", models);
        model.addAttribute("exteriorColours", colours(trims.stream().map(TrimSummary::exteriorColours).toList()));
        model.addAttribute("interiorColours", colours(trims.stream().map(TrimSummary::interiorColours).toList()));
        model.addAttribute("paymentMethods", PaymentMethod.values());
        model.addAttribute("editing", editing);
        return "sales/form";
    }

    private static Collection<String> colours(List<List<String>> lists) {
        TreeSet<String> all = new TreeSet<>();
        lists.forEach(all::addAll);
        return all;
    }

    @GetMapping("/quotes/{id}")
    String show(@PathVariable Long id, Model model) {
        QuoteView quote = quotes.get(id);
        model.addAttribute("quote", quote);
        model.addAttribute("versions", quotes.versions(id));
        model.addAttribute("contracts", contracts.forQuote(id));
        return "sales/show";
    }

    @PostMapping("/quotes/{id}/approval")
    @RequiresPermission("sales:edit")
    String submit(@PathVariable Long id, @RequestParam(required = false) String comment) {
        quotes.submitForApproval(id, comment);
        return "redirect:/quotes/" + id;
    }

    @PostMapping("/quotes/{id}/issue")
    @RequiresPermission("sales:edit")
    String issue(@PathVariable Long id) {
        quotes.issue(id);
        return "redirect:/quotes/" + id;
    }

    @PostMapping("/quotes/{id}/accept")
    @RequiresPermission("sales:edit")
    String accept(@PathVariable Long id) {
        quotes.accept(id);
        return "redirect:/quotes/" + id;
    }

    @GetMapping("/quotes/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        QuoteView quote = quotes.get(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(quote.number() + "-v" + quote.versionNo() + ".pdf").build().toString())
                .body(pdf.render(quote));
    }
}
