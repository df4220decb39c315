package com.autosales.customers;

import com.autosales.shared.web.IfMatch;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Credit and grade over the API: same permissions and data scope as the card. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customer credit and grade")
@RequiresPermission("customers:view")
class CustomerCreditRestController {

    private final CustomerCredit credit;
    private final CustomerGrading grading;

    CustomerCreditRestController(CustomerCredit credit, CustomerGrading grading) {
        this.credit = credit;
        this.grading = grading;
    }

    @GetMapping("/{id}/credit")
    @Operation(summary = "A customer's credit: rating, limit, terms, exposure, available credit, over-limit warning (404 outside my data scope)")
    CreditView credit(@PathVariable Long id) {
        return credit.view(id);
    }

    @PutMapping("/{id}/credit")
    @RequiresPermission("customers:approve")
    @Operation(summary = "Set a customer's credit rating, limit and payment terms; If-Match carries the version read (-1 before the first save), a stale one answers 409")
    CreditView setCredit(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody CreditForm form) {
        credit.save(id, IfMatch.version(ifMatch), form);
        return credit.view(id);
    }

    @GetMapping("/{id}/grade")
    @Operation(summary = "A customer's grade and how it was reached (rules on the last 12 months, or a manager's override)")
    GradeView grade(@PathVariable Long id) {
        return grading.view(id);
    }

    @PostMapping("/{id}/grade/override")
    @RequiresPermission("customers:approve")
    @Operation(summary = "Set the grade by hand with a reason; it wins over the rules until cleared; a stale version answers 409")
    GradeView override(@PathVariable Long id, @Valid @RequestBody GradeOverride override) {
        grading.override(id, override.version(), override.grade(), override.reason());
        return grading.view(id);
    }

    @PostMapping("/{id}/grade/clear")
    @RequiresPermission("customers:approve")
    @Operation(summary = "Lift the manager's override so the rules decide again; If-Match carries the grading version")
    GradeView clear(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch) {
        grading.clearOverride(id, IfMatch.version(ifMatch));
        return grading.view(id);
    }

    @GetMapping("/grade-rules")
    @RequiresPermission("customers:admin")
    @Operation(summary = "A store's grade rules (my current store when storeId is left out)")
    GradeRulesView rules(@RequestParam(required = false) Long storeId) {
        Long store = storeId == null ? grading.defaultRuleStore() : storeId;
        return new GradeRulesView(store, grading.rules(store), grading.rulesVersion(store));
    }

    @PutMapping("/grade-rules")
    @RequiresPermission("customers:admin")
    @Operation(summary = "Set a store's grade rules; its rule-graded customers are graded again; If-Match carries the version read")
    GradeRulesView setRules(@RequestParam(required = false) Long storeId, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody GradeRules rules) {
        Long store = storeId == null ? grading.defaultRuleStore() : storeId;
        grading.saveRules(store, IfMatch.version(ifMatch), rules);
        return new GradeRulesView(store, grading.rules(store), grading.rulesVersion(store));
    }
}
