package com.autosales.commission;

import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Commission rules over the API: the same checks, audit and store scope as the pages. */
@RestController
@RequestMapping("/api/v1/commission-rules")
@Tag(name = "Commission rules")
@RequiresPermission("targets:view")
class CommissionRuleRestController {

    private final RuleManagement rules;

    CommissionRuleRestController(RuleManagement rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "The rules of the stores in my scope, by position, kind and validity")
    List<RuleView> list() {
        return rules.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One rule")
    RuleView get(@PathVariable Long id) {
        return rules.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission("targets:edit")
    @Operation(summary = "Create a rule in my working store: kind PER_UNIT (amount, optional vehicle SERIES:id / MODEL:id /"
            + " TRIM:id), MARGIN_PERCENT / INSURANCE_PERCENT / PACKAGES_PERCENT (rate), TIERS (tiers \"0:0; 80:100;"
            + " 100:120\"), FINANCE_BONUS (amount), DISCOUNT_PENALTY (amount, discountAbove); validFrom, optional validTo")
    RuleView create(@RequestBody RuleForm body) {
        return rules.create(body);
    }

    @PutMapping("/{id}")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Change a rule (version required for safety); a rule an approved statement used changes only"
            + " from effectiveFrom after that month, as a new rule (answered)")
    RuleView update(@PathVariable Long id, @RequestBody RuleForm body) {
        return rules.update(id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission("targets:edit")
    @Operation(summary = "Delete a rule no approved statement used (?version= the one read)")
    void delete(@PathVariable Long id, @RequestParam(required = false) Long version) {
        rules.delete(id, version);
    }
}
