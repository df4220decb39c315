package com.autosales.customers;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer list as Excel (same filter and scope as the list page) and one customer card as a PDF. */
@Controller
@RequiresPermission("customers:view")
class CustomerDocumentsController {

    private final CustomerManagement customers;
    private final CustomerExcelExport excel;
    private final CustomerCardPdf cardPdf;
    private final OrgDirectory org;
    private final CurrentUsers currentUsers;

    CustomerDocumentsController(CustomerManagement customers, CustomerExcelExport excel, CustomerCardPdf cardPdf,
            OrgDirectory org, CurrentUsers currentUsers) {
        this.customers = customers;
        this.excel = excel;
        this.cardPdf = cardPdf;
        this.org = org;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/customers/export.xlsx")
    @RequiresPermission("customers:export")
    void export(@RequestParam(defaultValue = "") String q, ProfileFilter classification, Locale locale,
            HttpServletResponse response) throws IOException {
        excel.respond(q, classification, locale, response);
    }

    /** The card as the reader sees it; opening it is logged as a view by {@link CustomerManagement#get}. */
    @GetMapping("/customers/{id}/card.pdf")
    ResponseEntity<byte[]> card(@PathVariable Long id, Locale locale) {
        CustomerSummary customer = customers.get(id);
        String store = org.unit(customer.storeId()).map(UnitView::name).orElse(null);
        String printedBy = currentUsers.find().map(CurrentUser::displayName).orElse(null);
        byte[] pdf = cardPdf.render(customer, store, printedBy, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("customer-" + id + ".pdf").build().toString())
                .body(pdf);
    }
}
