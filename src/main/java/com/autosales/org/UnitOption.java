package com.autosales.org;

/** A unit in a select list, in tree order; {@code depth} indents it. */
public record UnitOption(Long id, String name, UnitKind kind, int depth) {

    /** The name indented by its depth in the tree, for a plain {@code <option>}. */
    public String label() {
        return "\u3000".repeat(depth) + name;
    }
}
