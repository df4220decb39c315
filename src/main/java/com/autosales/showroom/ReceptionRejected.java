package com.autosales.showroom;

import com.autosales.shared.DomainException;
import java.util.Map;

/** A form rule said no; names the field the message belongs to. */
class ReceptionRejected extends DomainException {

    private final String field;

    ReceptionRejected(Map.Entry<String, String> fieldAndCode) {
        super(fieldAndCode.getValue());
        this.field = fieldAndCode.getKey();
    }

    String field() {
        return field;
    }
}
