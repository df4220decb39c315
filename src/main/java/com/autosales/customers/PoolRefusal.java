package com.autosales.customers;

import java.io.Serializable;

/** A refusal (limit, cooldown, someone was faster) flashed above the pool or the card, in the reader's language. */
public record PoolRefusal(String key, Object[] args) implements Serializable {
}
