package com.autosales.org;

import com.autosales.shared.web.IfMatch;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Position templates (岗位) with their duties over the API. */
@RestController
@RequestMapping("/api/v1/org/positions")
@Tag(name = "Organisation")
@RequiresPermission("org:view")
class PositionRestController {

    private final PositionManagement positions;

    PositionRestController(PositionManagement positions) {
        this.positions = positions;
    }

    @GetMapping
    @Operation(summary = "All positions with level, reporting line, default role and duties (zh/en)")
    List<PositionDetails> list() {
        return positions.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One position with its duties")
    PositionDetails get(@PathVariable Long id) {
        return positions.get(id);
    }

    @PostMapping
    @RequiresPermission("org:create")
    @Operation(summary = "Create a position template; duties are an ordered list of {zh, en}")
    ResponseEntity<PositionDetails> create(@Valid @RequestBody PositionForm form) {
        Long id = positions.create(form);
        return ResponseEntity.created(URI.create("/api/v1/org/positions/" + id)).body(positions.get(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission("org:edit")
    @Operation(summary = "Edit a position and replace its duties; the code cannot change; a stale If-Match answers 409")
    PositionDetails update(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody PositionForm form) {
        positions.update(id, IfMatch.version(ifMatch), form);
        return positions.get(id);
    }
}
