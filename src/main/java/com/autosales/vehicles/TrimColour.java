package com.autosales.vehicles;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A colour a trim is offered in: exterior (外观) or interior (内饰). */
@Embeddable
record TrimColour(@Enumerated(EnumType.STRING) ColourKind kind, String name) {
}
