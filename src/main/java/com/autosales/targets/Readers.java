package com.autosales.targets;

import com.autosales.access.RecordScope;

/**
 * Which nodes of a plan a reader sees: everything with an all-owners scope (store, group); otherwise the people of his
 * scope and the units made up only of them (a sales manager his department; a consultant only himself, no unit). He may change
 * a node's numbers when he sees its parent (the store's own figures: only with the whole store in scope).
 */
final class Readers {

    private Readers() {
    }

    static boolean sees(RecordScope scope, TargetGrid grid, PlanNode node) {
        if (scope.allOwners()) {
            return true;
        }
        return switch (node.kind()) {
            case STORE -> false;
            case EMPLOYEE -> scope.ownerIds().contains(node.refId());
            // a consultant sees no unit, not even a team of himself alone
            case UNIT -> {
                var people = grid.employeesUnder(node.id());
                yield scope.ownerIds().size() > 1 && !people.isEmpty() && scope.ownerIds().containsAll(people);
            }
        };
    }

    static boolean mayChange(RecordScope scope, TargetGrid grid, PlanNode node) {
        return node.parentId() == null ? scope.allOwners()
                : grid.node(node.parentId()).map(parent -> sees(scope, grid, parent)).orElse(false);
    }
}
