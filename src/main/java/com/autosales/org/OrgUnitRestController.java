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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisation units over the API: the tree, and the same create / rename / move / close rules as the pages. */
@RestController
@RequestMapping("/api/v1/org/units")
@Tag(name = "Organisation")
@RequiresPermission("org:view")
class OrgUnitRestController {

    private final UnitManagement units;
    private final OrgChartService chart;

    OrgUnitRestController(UnitManagement units, OrgChartService chart) {
        this.units = units;
        this.chart = chart;
    }

    @GetMapping
    @Operation(summary = "The tree of open units with people, headcount, planned headcount and vacancies (below root if given)")
    List<OrgChartNode> tree(@RequestParam(required = false) Long root) {
        return chart.chart(root);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit; version is what If-Match expects on changes")
    UnitDetails get(@PathVariable Long id) {
        return units.get(id);
    }

    @PostMapping
    @RequiresPermission("org:create")
    @Operation(summary = "Create a store, department, team or sales area under an open unit")
    ResponseEntity<UnitDetails> create(@Valid @RequestBody NewUnit unit) {
        Long id = units.create(unit);
        return ResponseEntity.created(URI.create("/api/v1/org/units/" + id)).body(units.get(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission("org:edit")
    @Operation(summary = "Rename a unit (zh/en), set how it is organised and its planned headcount; a stale If-Match answers 409")
    UnitDetails update(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody UnitChanges changes) {
        units.change(id, IfMatch.version(ifMatch), changes);
        return units.get(id);
    }

    @PostMapping("/{id}/move")
    @RequiresPermission("org:edit")
    @Operation(summary = "Move a unit with everything below it under another parent; cycles and store changes that would strand people are refused (422)")
    UnitDetails move(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch, @Valid @RequestBody UnitMove move) {
        units.move(id, IfMatch.version(ifMatch), move.parentId());
        return units.get(id);
    }

    @PostMapping("/{id}/closure")
    @RequiresPermission("org:delete")
    @Operation(summary = "Close a unit and its sub-units; refused (422) while people or open records remain, naming the counts")
    UnitDetails close(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch) {
        units.close(id, IfMatch.version(ifMatch));
        return units.get(id);
    }
}
