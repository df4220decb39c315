package com.autosales.shared.web;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of a JSON endpoint into localized problem+json with a stable {@code code}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        String detail = messages.getMessage(e.messageKey(), e.args(), e.code(), locale());
        return Problems.of(HttpStatusOfError.of(e), e.code(), detail);
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e) {
        Locale locale = locale();
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation",
                messages.getMessage("error.validation", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            ServletRequestBindingException.class})
    ProblemDetail unreadable(Exception e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                messages.getMessage("error.malformed-request", null, locale()));
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class})
    ProblemDetail concurrent(Exception e) {
        return domain(new ConcurrentChangeException());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException e) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return Problems.of(HttpStatus.CONFLICT, "duplicate",
                messages.getMessage("error.duplicate", null, locale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", messages.getMessage("error.forbidden", null, locale()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                messages.getMessage("error.method-not-allowed", null, locale()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail notFound(NoResourceFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found",
                messages.getMessage("error.page-not-found", null, locale()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected API failure", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                messages.getMessage("error.internal", null, locale()));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
