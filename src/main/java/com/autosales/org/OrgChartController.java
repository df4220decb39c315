package com.autosales.org;

import com.autosales.shared.web.RequiresPermission;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 组织架构图: the tree with people, headcount against plan and vacancies; printable as PDF. */
@Controller
@RequiresPermission("org:view")
class OrgChartController {

    private final OrgChartService chart;

    OrgChartController(OrgChartService chart) {
        this.chart = chart;
    }

    @GetMapping("/org/chart")
    String chart(@RequestParam(required = false) Long root, Model model) {
        model.addAttribute("nodes", chart.chart(root));
        model.addAttribute("root", root);
        return "org/chart";
    }

    @GetMapping("/org/chart.pdf")
    @RequiresPermission("org:export")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) Long root) {
        byte[] pdf = chart.exportPdf(root);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("org-chart.pdf").build().toString())
                .body(pdf);
    }
}
