package com.autosales.customers;

import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer list as Excel over the API: same filter, data scope, masking and access log as the page. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
@RequiresPermission("customers:export")
class CustomerExportRestController {

    private final CustomerExcelExport excel;

    CustomerExportRestController(CustomerExcelExport excel) {
        this.excel = excel;
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "Export the customers visible to me that match q (name, pinyin, phone) and the classification filters (tradeStage, nature, volumeClass) as an Excel sheet")
    void export(@RequestParam(defaultValue = "") String q, ProfileFilter classification, Locale locale,
            HttpServletResponse response) throws IOException {
        excel.respond(q, classification, locale, response);
    }
}
