package com.autosales.org;

import jakarta.validation.constraints.NotNull;

/** Moving a unit, with everything below it, under another parent. */
public record UnitMove(@NotNull Long parentId) {
}
