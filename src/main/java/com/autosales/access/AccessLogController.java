package com.autosales.access;

import com.autosales.shared.web.RequiresPermission;
import com.autosales.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The access log page: who opened or exported which confidential records. */
@Controller
@RequiresPermission("access:view")
class AccessLogController {

    private final AccessLogReview review;

    AccessLogController(AccessLogReview review) {
        this.review = review;
    }

    @GetMapping("/admin/access-log")
    String search(@RequestParam(required = false) String username, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId, @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        AccessLogReview.Query query = new AccessLogReview.Query(username, recordType, recordId, action, from, to);
        model.addAttribute("query", query);
        model.addAttribute("entries", review.search(query, page));
        return Htmx.isHtmx(request) ? "access/access-log :: results" : "access/access-log";
    }
}
