package com.autosales.audit;

import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page (admins): filter by person, record, action and dates. */
@Controller
@RequiresPermission("audit:view")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        AuditQuery query = new AuditQuery(actor, entityType, entityId, action, from, to);
        model.addAttribute("query", query);
        model.addAttribute("entries", log.search(query, page));
        return Htmx.isHtmx(request) ? "audit/list :: results" : "audit/list";
    }
}
