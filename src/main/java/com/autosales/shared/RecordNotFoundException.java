package com.autosales.shared;

/** The record does not exist, or the current user may not see it: both answer 404, so ids cannot be probed. */
public class RecordNotFoundException extends DomainException {

    public RecordNotFoundException(String recordType, Object id) {
        // the id as text: a number argument would be shown with thousands separators (987,654,321)
        super("not-found", recordType, String.valueOf(id));
    }
}
