package com.autosales.shared;

/** The record already exists (same phone, same VIN, …); answers 409 with the code of the rule. */
public class DuplicateRecordException extends DomainException {

    public DuplicateRecordException(String code, Object... args) {
        super(code, args);
    }
}
