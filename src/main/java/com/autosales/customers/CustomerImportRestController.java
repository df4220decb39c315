package com.autosales.customers;

import com.autosales.shared.web.IfMatch;
import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Customer import over the API: upload (the dry run starts at once, columns matched by header), poll, accept. */
@RestController
@RequestMapping("/api/v1/customers/imports")
@Tag(name = "Customers")
@RequiresPermission(CustomerImports.PERMISSION)
class CustomerImportRestController {

    /** A job with one page of its problems (row, column, reason in the caller's language). */
    record ImportStatus(CustomerImportView job, PageResponse<CustomerImportProblem> problems) {
    }

    private final CustomerImports imports;
    private final CustomerImportWorkbooks workbooks;

    CustomerImportRestController(CustomerImports imports, CustomerImportWorkbooks workbooks) {
        this.imports = imports;
        this.workbooks = workbooks;
    }

    @PostMapping
    @Operation(summary = "Upload an .xlsx file of customers for my current store; the dry run starts at once with the "
            + "columns matched by their header (Chinese or English). Nothing is saved to customers before accept.")
    ResponseEntity<CustomerImportView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "defaultOwnerEmployeeId", required = false) Long defaultOwner) throws IOException {
        Long id = file == null ? imports.upload(null, null, defaultOwner)
                : imports.upload(file.getOriginalFilename(), file.getBytes(), defaultOwner);
        imports.check(id);
        return ResponseEntity.accepted().location(URI.create("/api/v1/customers/imports/" + id)).body(imports.view(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status, counts and progress of an import job with one page of its row problems "
            + "(404 unless I started it or manage its store)")
    ImportStatus get(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Locale locale) {
        return new ImportStatus(imports.view(id), PageResponse.of(imports.problems(id, page, locale)));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Import the valid rows of a checked job (If-Match: the job's version). Accepting again does nothing.")
    ResponseEntity<CustomerImportView> accept(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch) {
        imports.accept(id, IfMatch.version(ifMatch));
        return ResponseEntity.accepted().body(imports.view(id));
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "The import template: headers in my language, an example row and a sheet explaining each column")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        workbooks.respondTemplate(locale, response);
    }
}
