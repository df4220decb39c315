package com.autosales.customers;

import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public pool over the API: same rules, limits and store scope as the pages. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customer pool")
@RequiresPermission("customers:view")
class CustomerPoolRestController {

    private final CustomerPool pool;
    private final CustomerManagement customers;

    CustomerPoolRestController(CustomerPool pool, CustomerManagement customers) {
        this.pool = pool;
        this.customers = customers;
    }

    @GetMapping("/pool")
    @Operation(summary = "Customers in the pools of my stores, with why and since when they are there (phones masked)")
    PageResponse<PoolEntry> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long pool,
            @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(this.pool.search(q, pool, page));
    }

    @GetMapping("/{id}/pool-status")
    @Operation(summary = "When this customer returns to the pool and under which rule, or why it is protected or in the pool")
    PoolStatus status(@PathVariable Long id) {
        return pool.status(id);
    }

    @PostMapping("/{id}/claim")
    @RequiresPermission("customers:create")
    @Operation(summary = "Claim a pool customer of my store (limits, cooldown; 422 customer.pool-already-claimed if someone was faster)")
    CustomerSummary claim(@PathVariable Long id) {
        pool.claim(id);
        return customers.get(id);
    }

    record Release(@NotBlank @Size(max = 200) String reason, Long poolId) {
    }

    @PostMapping("/{id}/release")
    @RequiresPermission("customers:edit")
    @Operation(summary = "Give my customer back to a pool of its store, with a reason")
    PoolEntry release(@PathVariable Long id, @Valid @RequestBody Release release) {
        pool.release(id, release.poolId(), release.reason());
        return pool.entry(id);
    }

    record Assign(@NotNull Long employeeId) {
    }

    @PostMapping("/{id}/pool-assign")
    @RequiresPermission("customers:approve")
    @Operation(summary = "Assign a pool customer of my store to one of its employees")
    CustomerSummary assign(@PathVariable Long id, @Valid @RequestBody Assign assign) {
        pool.assign(id, assign.employeeId());
        return customers.get(id);
    }
}
