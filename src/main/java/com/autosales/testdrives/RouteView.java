package com.autosales.testdrives;

/** A test-drive route of a store. */
public record RouteView(Long id, String name, String description, boolean active) {
}
