package com.autosales.customers;

import com.autosales.shared.web.RequiresPermission;
import com.autosales.shared.web.IfMatch;
import com.autosales.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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

/** Customers over the API: same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
@RequiresPermission("customers:view")
class CustomerRestController {

    private final CustomerManagement customers;

    CustomerRestController(CustomerManagement customers) {
        this.customers = customers;
    }

    @GetMapping
    @Operation(summary = "Customers visible to me: search by name, pinyin, initials or phone; filter by every "
            + "classification (lifecycle, grade, tradeStage, nature, channelType, volumeClass, region, routeCode); "
            + "sort=NEWEST|OLDEST|NAME|RECENTLY_UPDATED|GRADE; 20 per page; totalItems is exact up to 1,000, above that a lower bound (a full page always has a next one)")
    PageResponse<CustomerSummary> search(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, @ParameterObject ProfileFilter filter) {
        return PageResponse.of(customers.list(q, filter, page));
    }

    @GetMapping("/counts")
    @Operation(summary = "How many customers visible to me carry each classification value")
    ProfileCounts counts() {
        return customers.counts();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer (404 if it does not exist or is outside my data scope)")
    CustomerSummary get(@PathVariable Long id) {
        return customers.get(id);
    }

    @PostMapping
    @RequiresPermission("customers:create")
    @Operation(summary = "Register a customer of my store, owned by me")
    ResponseEntity<CustomerSummary> create(@Valid @RequestBody CustomerDetails details) {
        Long id = customers.register(details);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id)).body(customers.get(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission("customers:edit")
    @Operation(summary = "Edit a customer; If-Match carries the version read, a stale one answers 409")
    CustomerSummary update(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody CustomerDetails details) {
        customers.update(id, IfMatch.version(ifMatch), details);
        return customers.get(id);
    }

    @PostMapping("/{id}/owner")
    @RequiresPermission("customers:approve")
    @Operation(summary = "Hand the customer to another consultant of its store, with a reason; a stale version answers 409")
    CustomerSummary reassign(@PathVariable Long id, @Valid @RequestBody OwnerChange change) {
        customers.reassign(id, change.version(), change.ownerEmployeeId(), change.reason());
        return customers.get(id);
    }

}
