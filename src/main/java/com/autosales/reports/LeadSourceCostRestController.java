package com.autosales.reports;

import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The marketing spend per lead source over the API, for the store the caller works in. */
@RestController
@RequestMapping("/api/v1/lead-source-costs")
@RequiresPermission(LeadSourceRoiReport.COST_AUTHORITY)
@Tag(name = "Lead source costs", description = "营销投入: a month's spend per lead source, for the lead-source ROI report")
class LeadSourceCostRestController {

    private final LeadSourceCosts costs;
    private final Clock clock;

    LeadSourceCostRestController(LeadSourceCosts costs, Clock clock) {
        this.costs = costs;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "A month's spend per source (month=yyyy-MM, default this month); version -1: not entered")
    LeadSourceCostSheet get(@RequestParam(required = false) YearMonth month) {
        return costs.sheet(month == null ? YearMonth.now(clock) : month);
    }

    @PutMapping
    @Operation(summary = "Set a month's spend per source (amount ≥ 0, two decimals; blank: not known); each line carries"
            + " the version read, a stale one answers 409 and nothing is saved")
    LeadSourceCostSheet put(@Valid @RequestBody LeadSourceCostForm form) {
        return costs.save(form);
    }
}
