package com.autosales.customers;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 客户导入 pages: upload (with the template download), column mapping, progress of the dry run and of the import
 * (polled by htmx every second), the preview with the problems row by row, and the decision.
 */
@Controller
@RequiresPermission(CustomerImports.PERMISSION)
class CustomerImportController {

    private static final String UPLOAD = "customers/imports";
    private static final String JOB = "customers/import";

    /** A column of the uploaded file as the mapping screen lists it: A: 客户名称. */
    record HeaderColumn(int index, String letter, String text) {
    }

    private final CustomerImports imports;
    private final CustomerImportWorkbooks workbooks;
    private final MessageSource messages;

    CustomerImportController(CustomerImports imports, CustomerImportWorkbooks workbooks, MessageSource messages) {
        this.imports = imports;
        this.workbooks = workbooks;
        this.messages = messages;
    }

    @GetMapping("/customers/imports")
    String uploadForm(Model model) {
        model.addAttribute("owners", imports.ownerCandidates());
        model.addAttribute("jobs", imports.recent());
        return UPLOAD;
    }

    @GetMapping("/customers/imports/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        workbooks.respondTemplate(locale, response);
    }

    @PostMapping("/customers/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "defaultOwnerEmployeeId", required = false) Long defaultOwner, Model model,
            Locale locale) throws IOException {
        try {
            Long id = file == null ? imports.upload(null, null, defaultOwner)
                    : imports.upload(file.getOriginalFilename(), file.getBytes(), defaultOwner);
            return "redirect:/customers/imports/" + id;
        } catch (DomainException e) {
            model.addAttribute("uploadError", messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
            return uploadForm(model);
        }
    }

    @GetMapping("/customers/imports/{id}")
    String job(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Locale locale,
            HttpServletRequest request, Model model) {
        CustomerImportView job = imports.view(id);
        model.addAttribute("job", job);
        model.addAttribute("fields", CustomerImportField.values());
        switch (job.status()) {
            case "UPLOADED" -> mappingModel(id, imports.mapping(id), model);
            case "CHECKED", "IMPORTED", "IMPORTING", "CANCELLED" -> {
                model.addAttribute("problems", imports.problems(id, page, locale));
                if (job.status().equals("CHECKED")) {
                    mappingModel(id, imports.mapping(id), model);
                }
            }
            default -> {
            }
        }
        return Htmx.isHtmx(request) ? JOB + " :: problems" : JOB;
    }

    private void mappingModel(Long id, Map<CustomerImportField, Integer> mapping, Model model) {
        java.util.List<String> headers = imports.headersOrEmpty(id);
        model.addAttribute("headers", java.util.stream.IntStream.range(0, headers.size())
                .mapToObj(i -> new HeaderColumn(i, org.apache.poi.ss.util.CellReference.convertNumToColString(i), headers.get(i)))
                .toList());
        Map<String, Integer> byField = new java.util.HashMap<>();
        mapping.forEach((f, c) -> byField.put(f.name(), c));
        model.addAttribute("mapping", byField);
        model.addAttribute("owners", imports.ownerCandidates());
    }

    /** The progress bar; once the work is done, htmx is told to reload the page (which then shows the result). */
    @GetMapping("/customers/imports/{id}/progress")
    String progress(@PathVariable Long id, HttpServletResponse response, Model model) {
        CustomerImportView job = imports.view(id);
        model.addAttribute("job", job);
        if (!job.running()) {
            response.setHeader("HX-Redirect", "/customers/imports/" + id);
        }
        return JOB + " :: progress";
    }

    /** Saves the column mapping and starts the dry run. */
    @PostMapping("/customers/imports/{id}/check")
    String check(@PathVariable Long id, @RequestParam long version, @RequestParam Map<String, String> form,
            @RequestParam(name = "defaultOwnerEmployeeId", required = false) Long defaultOwner,
            RedirectAttributes redirect, Locale locale) {
        Map<CustomerImportField, Integer> mapping = new EnumMap<>(CustomerImportField.class);
        for (CustomerImportField field : CustomerImportField.values()) {
            String column = form.get("column_" + field.name());
            if (column != null && !column.isBlank()) {
                try {
                    mapping.put(field, Integer.valueOf(column));
                } catch (NumberFormatException e) {
                    throw new DomainException("malformed-request");
                }
            }
        }
        try {
            imports.check(id, version, mapping, defaultOwner);
        } catch (ConcurrentChangeException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("mappingError", messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
        }
        return "redirect:/customers/imports/" + id;
    }

    @PostMapping("/customers/imports/{id}/accept")
    String accept(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        imports.accept(id, version);
        redirect.addFlashAttribute("successKey", "customer.import.accepted");
        return "redirect:/customers/imports/" + id;
    }

    @PostMapping("/customers/imports/{id}/cancel")
    String cancel(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        imports.cancel(id, version);
        redirect.addFlashAttribute("successKey", "customer.import.cancelled");
        return "redirect:/customers/imports";
    }

    @GetMapping("/customers/imports/{id}/errors.xlsx")
    void errors(@PathVariable Long id, Locale locale, HttpServletResponse response) throws IOException {
        workbooks.respondErrors(id, locale, response);
    }
}
