package com.autosales.reports;

import com.autosales.shared.infra.ReadReplica;
import com.autosales.access.AccessLog;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 报表中心 — the catalogue, a report's page (period picker, headline figures, charts, tables) and its exports. */
@Controller
@RequiresPermission("reports:view")
class ReportController {

    private final Reports reports;
    private final ReportExcel excel;
    private final ReportPdf pdf;
    private final ChartJson charts;
    private final ReportFormatter format;
    private final MessageSource messages;
    private final AccessLog accessLog;

    ReportController(Reports reports, ReportExcel excel, ReportPdf pdf, ChartJson charts, ReportFormatter format,
            MessageSource messages, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.reports = reports;
        this.excel = excel;
        this.pdf = pdf;
        this.charts = charts;
        this.format = format;
        this.messages = messages;
    }

    @GetMapping("/reports")
    String catalogue(Model model) {
        model.addAttribute("definitions", reports.available());
        model.addAttribute("otherReports", OtherReports.LINKS);
        return "reports/catalogue";
    }

    @GetMapping("/reports/{code}")
    String report(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String date, Locale locale, Model model) {
        ReportDefinition definition = reports.definition(code);
        model.addAttribute("definition", definition);
        model.addAttribute("fmt", format);
        try {
            PeriodParam param = PeriodParam.parse(period, date);
            Report report = ReadReplica.read(
                    () -> reports.run(definition, reports.period(definition, param.kind(), param.day())));
            model.addAttribute("report", report);
            model.addAttribute("chartData", chartData(report, locale));
            model.addAttribute("query", "period=" + report.period().kind() + "&date=" + report.period().start());
        } catch (DomainException e) {
            if (e instanceof RecordNotFoundException) {
                throw e;
            }
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
        }
        return "reports/report";
    }

    @GetMapping("/reports/{code}/export.xlsx")
    @RequiresPermission("reports:export")
    void exportExcel(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String date, Locale locale, HttpServletResponse response) throws IOException {
        PeriodParam param = PeriodParam.parse(period, date);
        Report report = ReadReplica.read(() -> reports.run(code, param.kind(), param.day()));
        accessLog.recordExport("report", List.of(code), "xlsx " + report.period().label());
        excel.respond(report, locale, response);
    }

    @GetMapping("/reports/{code}/export.pdf")
    @RequiresPermission("reports:export")
    ResponseEntity<byte[]> exportPdf(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String date, Locale locale) {
        PeriodParam param = PeriodParam.parse(period, date);
        Report report = ReadReplica.read(() -> reports.run(code, param.kind(), param.day()));
        accessLog.recordExport("report", List.of(code), "pdf " + report.period().label());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ReportFiles.name(report, "pdf")).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.render(report, locale));
    }

    private Map<String, String> chartData(Report report, Locale locale) {
        Map<String, String> data = new LinkedHashMap<>();
        for (ReportSection section : report.sections()) {
            String json = charts.of(section, locale);
            if (json != null) {
                data.put(section.id(), json);
            }
        }
        return data;
    }

    /** Reports that live on their own module's page, listed in the catalogue next to the ones defined here. */
    static final class OtherReports {
        static final List<Link> LINKS = List.of(
                new Link("reports.other.arrears", "/receivables/arrears", "exclamation-triangle", "payments:view"),
                new Link("reports.other.plans", "/sales-plans", "bullseye", "targets:view"));

        private OtherReports() {
        }
    }

    /** A report on another page, shown to holders of {@code authority}. */
    record Link(String labelKey, String path, String icon, String authority) {
    }
}
