package com.autosales.showroom;

import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reception log over the API: same rules, permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/receptions")
@Tag(name = "Showroom receptions")
@RequiresPermission("leads:view")
class ReceptionRestController {

    private final ReceptionLog log;

    ReceptionRestController(ReceptionLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "Receptions in my data scope, newest first; filters from/to (yyyy-MM-dd; default the last 7 days), consultantId, source, kind")
    PageResponse<ReceptionView> list(@ModelAttribute ReceptionFilter filter, @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(log.list(filter, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One reception (404 outside my data scope)")
    ReceptionView get(@PathVariable Long id) {
        return log.get(id);
    }

    @PostMapping
    @RequiresPermission("leads:create")
    @Operation(summary = "Log a visit or call; the phone is matched to the store's cards, else a card is registered unless registerCustomer=false")
    ResponseEntity<ReceptionView> create(@Valid @RequestBody ReceptionForm form) {
        ReceptionView saved = log.log(form);
        return ResponseEntity.created(URI.create("/api/v1/receptions/" + saved.id())).body(saved);
    }

    @PostMapping("/{id}/left")
    @RequiresPermission("leads:edit")
    @Operation(summary = "The visitor left now (or the call ended); optional If-Match with the version")
    ReceptionView left(@PathVariable Long id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long version = ifMatch == null ? null : Long.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
        return log.markLeft(id, version);
    }
}
