package com.autosales.vehicles;

import com.autosales.shared.Money;
import jakarta.persistence.Embeddable;

/** 选装 — an option of a trim, with its price when it is sold separately ({@code null} when included). */
@Embeddable
record TrimOption(String name, Money price) {
}
