package com.autosales.customers;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.DuplicateRecordException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the card page and the create form of {@link CustomerController} need from contacts and merging: the
 * "Contacts &amp; addresses" section, the jump from a merged card to its survivor, and the create form's duplicate
 * checks (refused: same phone or identity number; warned: similar name, unless "create anyway" is ticked).
 */
@Component
class CustomerContactsCard {

    /** A card with a similar name; {@code visible}: the user may open it, so the form links to it. */
    record SimilarCard(Long id, String name, String ownerName, boolean visible) {
    }

    private final CustomerContactBook book;
    private final CustomerMerges merges;
    private final CustomerDuplicates duplicates;
    private final CustomerManagement management;
    private final CurrentUsers currentUsers;

    CustomerContactsCard(CustomerContactBook book, CustomerMerges merges, CustomerDuplicates duplicates,
            CustomerManagement management, CurrentUsers currentUsers) {
        this.book = book;
        this.merges = merges;
        this.duplicates = duplicates;
        this.management = management;
        this.currentUsers = currentUsers;
    }

    void addTo(Model model, Long customerId) {
        model.addAttribute("contactBook", book.of(customerId));
    }

    Optional<Long> survivorOf(Long id) {
        return merges.survivorOf(id);
    }

    /** Registers the customer, or returns null after putting the reasons on the form. */
    Long create(CustomerDetails details, BindingResult errors, IdentityForm identity, BindingResult identityErrors,
            boolean createAnyway, Model model) {
        IdentityChecks.check(identity, identityErrors);
        if (errors.hasErrors() || identityErrors.hasErrors()) {
            return null;
        }
        if (!createAnyway) {
            DuplicateCandidates found = duplicates.findDuplicates(currentUsers.requireStore(), details.name(),
                    details.phone() == null ? List.of() : List.of(details.phone()), identity.idNumber(),
                    identity.registrationNo());
            if (!found.refused() && !found.similarName().isEmpty()) {
                List<SimilarCard> similar = new ArrayList<>();
                for (DuplicateCandidates.Match m : found.similarName()) {
                    similar.add(new SimilarCard(m.customerId(), m.name(), m.ownerName(), management.isVisible(m.customerId())));
                }
                model.addAttribute("similarCustomers", similar);
                return null;
            }
        }
        try {
            return book.register(details, identity);
        } catch (DuplicateRecordException e) {
            if (e.code().contains("id-number")) {
                identityErrors.rejectValue("idNumber", e.messageKey(), e.args(), e.code());
            } else if (e.code().contains("registration")) {
                identityErrors.rejectValue("registrationNo", e.messageKey(), e.args(), e.code());
            } else {
                errors.rejectValue("phone", e.messageKey(), e.args(), e.code());
            }
            Long existing = Long.valueOf(String.valueOf(e.args()[2]));
            if (management.isVisible(existing)) {
                model.addAttribute("duplicateId", existing);
            }
            return null;
        }
    }
}
