package com.autosales.funnel;

import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sales funnel over the API: same report, permission and data scope as the page. */
@RestController
@RequestMapping("/api/v1/funnel")
@Tag(name = "Sales funnel")
@RequiresPermission("leads:view")
class FunnelRestController {

    private final FunnelReport report;

    FunnelRestController(FunnelReport report) {
        this.report = report;
    }

    @GetMapping
    @Operation(summary = "Counts per stage with conversion rates (percent, one decimal, null when the base is 0), per "
            + "consultant and per source, within my data scope; filters period (TODAY, THIS_WEEK, THIS_MONTH, "
            + "LAST_MONTH) or from/to (yyyy-MM-dd; default this month), consultantId, source")
    FunnelOverview overview(@ParameterObject @ModelAttribute FunnelFilter filter) {
        return report.overview(filter);
    }

    @GetMapping("/records")
    @Operation(summary = "The records counted at one stage for the same filters, newest first, 20 a page")
    PageResponse<FunnelRecordView> records(@ParameterObject @ModelAttribute FunnelFilter filter,
            @RequestParam FunnelStage stage, @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(report.records(filter, stage, page));
    }
}
