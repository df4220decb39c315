package com.autosales.shared.web;

import java.util.List;

/** A group of navigation entries under one heading. */
public record NavSection(String labelKey, List<NavItem> items) {
}
