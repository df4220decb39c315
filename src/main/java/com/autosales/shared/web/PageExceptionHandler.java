package com.autosales.shared.web;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refused actions on HTML pages: a friendly page in the user's language, or for an htmx request
 * an alert swapped into the page's message area. Never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletRequest request, HttpServletResponse response) {
        String message = messages.getMessage(e.messageKey(), e.args(), e.code(), LocaleContextHolder.getLocale());
        return page(HttpStatusOfError.of(e), message, request, response);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView concurrent(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return domain(new ConcurrentChangeException(), request, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, ServletRequestBindingException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String message = messages.getMessage("error.malformed-request", null, LocaleContextHolder.getLocale());
        return page(HttpStatus.BAD_REQUEST, message, request, response);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView conflict(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) {
        log.info("Refused by a database constraint on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        String message = messages.getMessage("error.duplicate", null, LocaleContextHolder.getLocale());
        return page(HttpStatus.CONFLICT, message, request, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
        String message = messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale());
        return page(HttpStatus.FORBIDDEN, message, request, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        String message = messages.getMessage("error.page-not-found", null, LocaleContextHolder.getLocale());
        return page(HttpStatus.NOT_FOUND, message, request, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected failure on {}", request.getRequestURI(), e);
        String message = messages.getMessage("error.internal", null, LocaleContextHolder.getLocale());
        return page(HttpStatus.INTERNAL_SERVER_ERROR, message, request, response);
    }

    private static ModelAndView page(HttpStatus status, String message, HttpServletRequest request,
            HttpServletResponse response) {
        if (Htmx.isHtmx(request)) {
            // htmx ignores error responses by default; retarget the alert so the user sees why.
            response.setHeader("HX-Retarget", "#flash");
            response.setHeader("HX-Reswap", "innerHTML");
            ModelAndView alert = new ModelAndView("fragments/alerts :: error");
            alert.addObject("message", message);
            alert.setStatus(HttpStatus.OK);
            return alert;
        }
        ModelAndView view = new ModelAndView("error/page");
        view.addObject("status", status.value());
        view.addObject("message", message);
        view.setStatus(status);
        return view;
    }
}
