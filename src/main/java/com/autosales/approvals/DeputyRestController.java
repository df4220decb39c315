package com.autosales.approvals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** My approval deputies over the API. */
@RestController
@RequestMapping("/api/v1/approval-deputies")
@Tag(name = "Approvals")
class DeputyRestController {

    private final Deputies deputies;

    DeputyRestController(Deputies deputies) {
        this.deputies = deputies;
    }

    @GetMapping
    @Operation(summary = "Arrangements where I am the absent person or the deputy, latest first")
    List<DeputyView> list() {
        return deputies.mine();
    }

    @PostMapping
    @Operation(summary = "Let another user see and decide my approvals between two dates (inclusive)")
    ResponseEntity<DeputyView> appoint(@Valid @RequestBody DeputyForm form) {
        DeputyView created = deputies.appoint(form.deputy(), form.startsOn(), form.endsOn());
        return ResponseEntity.created(URI.create("/api/v1/approval-deputies/" + created.id())).body(created);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "End one of my deputy arrangements")
    ResponseEntity<Void> cancel(@PathVariable Long id) {
        deputies.cancel(id);
        return ResponseEntity.noContent().build();
    }
}
