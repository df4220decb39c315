package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the stock book and the weekly report pages share: the kinds in and out, the stores the figures cover, and a
 * date that cannot be read or a period that cannot be, told on the page in the reader's language ({@code errorMessage})
 * instead of the figures.
 */
@Component
class ReportPages {

    private final StockStores stores;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    ReportPages(StockStores stores, CurrentUsers currentUsers, MessageSource messages) {
        this.stores = stores;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    /** Runs {@code build} (which adds the figures) unless the filter was unreadable; a refusal becomes the page's message. */
    void fill(BindingResult binding, Model model, Runnable build) {
        model.addAttribute("inbounds", BookKind.inbounds());
        model.addAttribute("outbounds", BookKind.outbounds());
        model.addAttribute("coveredStores", stores.coveredBy(currentUsers.scope()));
        try {
            refuseUnreadable(binding);
            build.run();
        } catch (DomainException e) {
            model.addAttribute("errorMessage",
                    messages.getMessage(e.messageKey(), e.args(), e.code(), LocaleContextHolder.getLocale()));
        }
    }

    /** The exports' counterpart: an unreadable filter is refused like any bad input (a page with the message). */
    static void refuseUnreadable(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new DomainException("vehicles.book.filter-unreadable");
        }
    }
}
