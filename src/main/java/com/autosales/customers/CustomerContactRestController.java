package com.autosales.customers;

import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Contacts, extra phones, addresses, identity numbers and merging over the API: same rules, scope and masking. */
@RestController
@RequestMapping("/api/v1/customers/{id}")
@Tag(name = "Customers")
@RequiresPermission("customers:view")
class CustomerContactRestController {

    /** The duplicate to merge into this card, and the versions of both cards as read. */
    record MergeRequest(@NotNull Long duplicateId, @NotNull Long version, @NotNull Long duplicateVersion) {
    }

    private final CustomerManagement customers;
    private final CustomerContactBook book;
    private final CustomerMerges merges;

    CustomerContactRestController(CustomerManagement customers, CustomerContactBook book, CustomerMerges merges) {
        this.customers = customers;
        this.book = book;
        this.merges = merges;
    }

    @GetMapping("/contacts")
    @Operation(summary = "Identity numbers, extra phones, addresses and contacts of a customer (masked unless allowed)")
    ContactBook contacts(@PathVariable Long id) {
        return book.of(id);
    }

    @PostMapping("/phones")
    @RequiresPermission("customers:edit")
    @Operation(summary = "Add another phone to a customer; a phone already on a card of the store answers 409")
    ContactBook addPhone(@PathVariable Long id, @Valid @RequestBody PhoneForm form) {
        book.addPhone(id, form);
        return book.of(id);
    }

    @PostMapping("/contact-persons")
    @RequiresPermission("customers:edit")
    @Operation(summary = "Add a contact person to an organisation customer")
    ContactBook addContact(@PathVariable Long id, @Valid @RequestBody ContactForm form) {
        book.saveContact(id, null, form);
        return book.of(id);
    }

    @PostMapping("/merge")
    @RequiresPermission("customers:approve")
    @Operation(summary = "Merge the duplicate card into this one (versions of both as read; a stale one answers 409)")
    CustomerSummary merge(@PathVariable Long id, @Valid @RequestBody MergeRequest request) {
        merges.merge(id, request.version(), request.duplicateId(), request.duplicateVersion());
        return customers.get(id);
    }

}
