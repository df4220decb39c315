package com.autosales.vehicles;

import com.autosales.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * For the stock book and the weekly report: a date that cannot be read or a period that cannot be is told on the page
 * in the reader's language ({@code errorMessage}) instead of the figures.
 */
@Component
class ReportPageErrors {

    private final MessageSource messages;

    ReportPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    void fill(BindingResult binding, Model model, Runnable build) {
        try {
            if (binding.hasErrors()) {
                throw new DomainException("vehicles.book.filter-unreadable");
            }
            build.run();
        } catch (DomainException e) {
            model.addAttribute("errorMessage",
                    messages.getMessage(e.messageKey(), e.args(), e.code(), LocaleContextHolder.getLocale()));
        }
    }

    /** The export's counterpart: an unreadable filter is refused like any bad input (a page with the message). */
    static void refuseUnreadable(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new DomainException("vehicles.book.filter-unreadable");
        }
    }
}
