package com.autosales.shared.web;

import com.autosales.shared.DomainException;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post → redirect → get for the small action forms of a record's page: the action's page with a success note, or back to the
 * page the form was on with the refusal in the reader's language ({@code errorMessage}); nothing is saved then.
 */
@Component
public class FlashOutcome {

    private final MessageSource messages;

    FlashOutcome(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs the action (which answers where to go) unless the form is invalid; a refusal returns to {@code back}. */
    public String run(BindingResult errors, RedirectAttributes redirect, String back, String successKey, Supplier<String> action) {
        try {
            if (errors != null && errors.hasErrors()) {
                throw new DomainException("form-invalid");
            }
            String target = action.get();
            redirect.addFlashAttribute("successKey", successKey);
            return "redirect:" + target;
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage",
                    messages.getMessage(e.messageKey(), e.args(), e.code(), LocaleContextHolder.getLocale()));
            return "redirect:" + back;
        }
    }
}
