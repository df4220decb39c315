package com.autosales.shared;

/** Someone else saved the same record first; the user must reload and redo the change. */
public class ConcurrentChangeException extends DomainException {

    public ConcurrentChangeException() {
        super("concurrent-change");
    }
}
