package com.autosales.shared.web;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.DuplicateRecordException;
import com.autosales.shared.RecordNotFoundException;
import org.springframework.http.HttpStatus;

/** Which HTTP status a refused business action answers, the same for pages and the API. */
final class HttpStatusOfError {

    private HttpStatusOfError() {
    }

    static HttpStatus of(DomainException e) {
        if (e instanceof RecordNotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof ConcurrentChangeException || e instanceof DuplicateRecordException) {
            return HttpStatus.CONFLICT;
        }
        if ("malformed-request".equals(e.code())) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }
}
