package com.autosales.audit;

import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over the API, same permission as the page. */
@RestController
@Tag(name = "Audit")
@RequiresPermission("audit:view")
class AuditRestController {

    private final AuditLog log;

    AuditRestController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/audit-entries")
    @Operation(summary = "Search the audit trail, newest first (needs audit:view)")
    PageResponse<AuditEntryView> search(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(log.search(new AuditQuery(actor, entityType, entityId, action, from, to), page));
    }
}
