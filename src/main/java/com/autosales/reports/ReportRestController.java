package com.autosales.reports;

import com.autosales.shared.infra.ReadReplica;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reports as JSON: the same figures as the page and the exports, within the caller's data scope. */
@RestController
@RequestMapping("/api/v1/reports")
@RequiresPermission("reports:view")
@Tag(name = "Reports", description = "报表: sales summary, sales analysis, customer composition, lead-source ROI")
class ReportRestController {

    private final Reports reports;
    private final ReportFormatter format;

    ReportRestController(Reports reports, ReportFormatter format) {
        this.reports = reports;
        this.format = format;
    }

    /** A report the caller may run. */
    record ReportInfo(String code, String title, List<PeriodKind> periods) {
    }

    @GetMapping
    @Operation(summary = "The reports the caller may run")
    List<ReportInfo> list(Locale locale) {
        return reports.available().stream()
                .map(d -> new ReportInfo(d.code(), format.message(d.titleKey(), locale), d.periodKinds())).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One report's figures for a period (period=DAY|WEEK|MONTH|YEAR, date=yyyy-MM-dd inside it)")
    Report run(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String date) {
        PeriodParam param = PeriodParam.parse(period, date);
        return ReadReplica.read(() -> reports.run(code, param.kind(), param.day()));
    }
}
