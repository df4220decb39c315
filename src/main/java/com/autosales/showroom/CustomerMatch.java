package com.autosales.showroom;

/** The existing customer card of the store with the visitor's phone, and its consultant. */
public record CustomerMatch(Long customerId, String name, String consultantName) {
}
