package com.autosales.access;

import com.autosales.shared.web.RequiresPermission;
import com.autosales.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Access log")
@RequiresPermission("access:view")
class AccessLogRestController {

    private final AccessLogReview review;

    AccessLogRestController(AccessLogReview review) {
        this.review = review;
    }

    @GetMapping("/api/v1/access-log")
    @Operation(summary = "Who opened or exported confidential records, newest first (needs access:view)")
    PageResponse<AccessLogView> search(@RequestParam(required = false) String username,
            @RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(review.search(new AccessLogReview.Query(username, recordType, recordId, action, from, to), page));
    }
}
