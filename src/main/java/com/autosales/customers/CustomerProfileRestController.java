package com.autosales.customers;

import com.autosales.shared.web.IfMatch;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The card's four parts and classifications, and its timeline, over the API: same rules as the card page. */
@RestController
@RequestMapping("/api/v1/customers/{id}")
@Tag(name = "Customers")
@RequiresPermission("customers:view")
class CustomerProfileRestController {

    private static final String VERSION_RULE = "; If-Match carries the card profile's version (-1 before the first save), a stale one answers 409";

    private final CustomerProfiles profiles;
    private final CustomerManagement customers;

    CustomerProfileRestController(CustomerProfiles profiles, CustomerManagement customers) {
        this.profiles = profiles;
        this.customers = customers;
    }

    @GetMapping("/profile")
    @Operation(summary = "The card's basic data, characteristics, business and trading status, classifications")
    ProfileCard profile(@PathVariable Long id) {
        return profiles.card(id);
    }

    @PutMapping("/profile/basic")
    @RequiresPermission("customers:edit")
    @Operation(summary = "Save the basic data section" + VERSION_RULE)
    ProfileCard basic(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch, @Valid @RequestBody ProfileBasic section) {
        return save(id, ifMatch, section);
    }

    @PutMapping("/profile/traits")
    @RequiresPermission("customers:edit")
    @Operation(summary = "Save the characteristics section" + VERSION_RULE)
    ProfileCard traits(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch, @Valid @RequestBody ProfileTraits section) {
        return save(id, ifMatch, section);
    }

    @PutMapping("/profile/business")
    @RequiresPermission("customers:edit")
    @Operation(summary = "Save the business status section" + VERSION_RULE)
    ProfileCard business(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody ProfileBusiness section) {
        return save(id, ifMatch, section);
    }

    @PutMapping("/profile/trading")
    @RequiresPermission("customers:edit")
    @Operation(summary = "Save the trading status section" + VERSION_RULE)
    ProfileCard trading(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody ProfileTrading section) {
        return save(id, ifMatch, section);
    }

    @PutMapping("/profile/classification")
    @RequiresPermission("customers:edit")
    @Operation(summary = "Save the classifications (trade stage, nature, channel, volume, region, route, visit order)"
            + VERSION_RULE)
    ProfileCard classification(@PathVariable Long id, @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody ProfileClassification section) {
        return save(id, ifMatch, section);
    }

    @GetMapping("/history")
    @Operation(summary = "The card's timeline, newest first: changes, visits, imports, merges, pool moves")
    List<CustomerHistoryEntry> history(@PathVariable Long id) {
        return customers.history(id);
    }

    private ProfileCard save(Long id, String ifMatch, ProfileSection section) {
        profiles.save(id, IfMatch.version(ifMatch), section);
        return profiles.card(id);
    }
}
