package com.autosales.access;

import com.autosales.shared.web.RequiresPermission;
import com.autosales.shared.web.IfMatch;
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

@RestController
@RequestMapping("/api/v1/roles")
@Tag(name = "Roles")
@RequiresPermission("access:view")
class RoleRestController {

    private final RoleAdministration roles;

    RoleRestController(RoleAdministration roles) {
        this.roles = roles;
    }

    @GetMapping
    @Operation(summary = "All roles with their permissions and data scope")
    List<RoleView> list() {
        return roles.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One role")
    RoleView get(@PathVariable Long id) {
        return roles.get(id);
    }

    @PostMapping
    @RequiresPermission("access:admin")
    @Operation(summary = "Create a role")
    ResponseEntity<RoleView> create(@Valid @RequestBody RoleForm form) {
        Long id = roles.create(form);
        return ResponseEntity.created(URI.create("/api/v1/roles/" + id)).body(roles.get(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission("access:admin")
    @Operation(summary = "Redefine a role; If-Match carries the version read, a stale one answers 409")
    RoleView update(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch, @Valid @RequestBody RoleForm form) {
        roles.update(id, IfMatch.version(ifMatch), form);
        return roles.get(id);
    }

}
