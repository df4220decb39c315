package com.autosales.shared;

import java.util.Arrays;

/**
 * A business rule said no. The {@code code} is stable (clients may rely on it) and is also the
 * message key, looked up as {@code error.<code>} in the user's language.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public DomainException(String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public String messageKey() {
        return "error." + code;
    }
}
