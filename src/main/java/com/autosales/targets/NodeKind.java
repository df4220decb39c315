package com.autosales.targets;

/** A node of a plan's tree: the store, a department or team under it, or a person of a unit. */
public enum NodeKind {
    STORE, UNIT, EMPLOYEE
}
