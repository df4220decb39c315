package com.autosales.customers;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The card (rendered by {@link CustomerController}) carries the visits section's blank quick form. */
@ControllerAdvice(assignableTypes = CustomerController.class)
class CustomerVisitsAdvice {

    @ModelAttribute("visitForm")
    VisitForm visitForm() {
        return VisitForm.blank();
    }

    @ModelAttribute("visitKinds")
    VisitKind[] visitKinds() {
        return VisitKind.values();
    }
}
