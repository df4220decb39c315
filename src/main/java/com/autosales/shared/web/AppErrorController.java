package com.autosales.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that escape the controllers (unknown URLs, failures in filters): a localized page for
 * people, problem+json for the API. Replaces Boot's Whitelabel page.
 */
@Controller
class AppErrorController implements ErrorController {

    private final MessageSource messages;

    AppErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        String code = codeOf(status);
        Locale locale = LocaleContextHolder.getLocale();
        String message = messages.getMessage("error." + code, null, locale);
        if (wantsJson(request)) {
            Problems.write(response, status, code, message);
            return null;
        }
        ModelAndView view = new ModelAndView("error/page");
        view.addObject("status", status.value());
        view.addObject("message", message);
        view.setStatus(status);
        return view;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String codeOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "page-not-found";
            case FORBIDDEN -> "forbidden";
            case UNAUTHORIZED -> "unauthorized";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case BAD_REQUEST -> "malformed-request";
            case CONTENT_TOO_LARGE -> "too-large";
            default -> status.is4xxClientError() ? "malformed-request" : "internal";
        };
    }

    private static boolean wantsJson(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && (path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/"))) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }
}
