package com.autosales.org;

import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The unit tree in memory, with the rules on where a unit may sit, when it may move and when it
 * may close. Pure: built from plain nodes, so the rules are tested without a database.
 */
final class OrgTree {

    /** One unit as the rules see it, named in the reader's language. */
    record Node(Long id, Long parentId, UnitKind kind, StoreType storeType, String name, boolean active) {
    }

    /** Something that still hangs on a unit: how many, and the message key naming them ({0} = count). */
    record Blocker(String labelKey, long count) {
    }

    private final Map<Long, Node> byId = new LinkedHashMap<>();
    private final Map<Long, List<Node>> children = new LinkedHashMap<>();

    OrgTree(Collection<Node> nodes) {
        nodes.stream().sorted(Comparator.comparing(Node::id)).forEach(n -> byId.put(n.id(), n));
        for (Node n : byId.values()) {
            if (n.parentId() != null) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
    }

    Optional<Node> find(Long id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    Node get(Long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("org_unit", id));
    }

    List<Node> roots() {
        return byId.values().stream().filter(n -> n.parentId() == null || !byId.containsKey(n.parentId())).toList();
    }

    List<Node> children(Long id) {
        return children.getOrDefault(id, List.of());
    }

    /** The unit and every unit below it, parents before children. */
    Set<Long> subtree(Long id) {
        Set<Long> tree = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            Long next = todo.pop();
            if (tree.add(next)) {
                children(next).forEach(c -> todo.add(c.id()));
            }
        }
        return tree;
    }

    /** The store the unit belongs to (itself if it is one), or empty at group level. */
    Optional<Node> storeOf(Long id) {
        Node current = byId.get(id);
        Set<Long> seen = new LinkedHashSet<>();
        while (current != null && seen.add(current.id())) {
            if (current.kind() == UnitKind.STORE) {
                return Optional.of(current);
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return Optional.empty();
    }

    /** A new unit of {@code kind} under {@code parentId}: refused with the reason when it does not fit there. */
    void checkPlacement(UnitKind kind, StoreType storeType, Long parentId) {
        if (kind == UnitKind.GROUP) {
            throw new DomainException("org.unit.group-is-root");
        }
        Node parent = get(parentId);
        if (!parent.active()) {
            throw new DomainException("org.unit.parent-closed", parent.name());
        }
        if (!kind.mayBeUnder(parent.kind())) {
            throw new DomainException("org.unit.wrong-parent", label(kind), parent.name(), label(parent.kind()));
        }
        if (kind == UnitKind.STORE && storeType == null) {
            throw new DomainException("org.unit.store-type-required");
        }
        if (kind.isSalesArea() && !isDistributor(storeOf(parentId))) {
            throw new DomainException("org.unit.sales-area-needs-distributor", label(kind));
        }
    }

    /**
     * Moving a unit (with everything below it) under another parent. Refused when the new parent
     * is the unit itself or below it, is closed or of the wrong kind, or when people would change
     * store with it: their customers, logins and records belong to the old store.
     */
    void checkMove(Long unitId, Long newParentId, long activePeopleBelow) {
        Node unit = get(unitId);
        Node parent = get(newParentId);
        if (unit.kind() == UnitKind.GROUP) {
            throw new DomainException("org.unit.group-is-root");
        }
        if (subtree(unitId).contains(newParentId)) {
            throw new DomainException("org.unit.move-cycle", unit.name(), parent.name());
        }
        if (!parent.active()) {
            throw new DomainException("org.unit.parent-closed", parent.name());
        }
        if (!unit.kind().mayBeUnder(parent.kind())) {
            throw new DomainException("org.unit.wrong-parent", label(unit.kind()), parent.name(), label(parent.kind()));
        }
        if (unit.kind() == UnitKind.STORE) {
            return;
        }
        Optional<Node> from = storeOf(unitId);
        Optional<Node> to = storeOf(newParentId);
        if (Objects.equals(from.map(Node::id), to.map(Node::id))) {
            return;
        }
        if (activePeopleBelow > 0) {
            throw new DomainException("org.unit.move-across-stores", unit.name(), activePeopleBelow,
                    from.map(Node::name).orElse("-"), to.map(Node::name).orElse("-"));
        }
        boolean carriesSalesAreas = subtree(unitId).stream().map(byId::get).anyMatch(n -> n.kind().isSalesArea());
        if (carriesSalesAreas && !isDistributor(to)) {
            throw new DomainException("org.unit.sales-area-needs-distributor", label(UnitKind.REGION));
        }
    }

    /** Closing a unit: refused for the group, and while people or open records still hang on it, naming the counts. */
    static void checkClose(Node unit, List<Blocker> blockers) {
        if (unit.kind() == UnitKind.GROUP) {
            throw new DomainException("org.unit.group-is-root");
        }
        if (!unit.active()) {
            throw new DomainException("org.unit.already-closed", unit.name());
        }
        List<Blocker> remaining = blockers.stream().filter(b -> b.count() > 0).toList();
        if (!remaining.isEmpty()) {
            throw new DomainException("org.unit.close-refused", unit.name(), listOf(remaining));
        }
    }

    /** The blockers as one list (3 staff, 12 customers) in the reader's language, resolved with the message. */
    static MessageSourceResolvable listOf(List<Blocker> blockers) {
        MessageSourceResolvable joined = null;
        for (Blocker b : blockers) {
            MessageSourceResolvable item = new DefaultMessageSourceResolvable(new String[] {b.labelKey()},
                    new Object[] {b.count()}, b.count() + " " + b.labelKey());
            joined = joined == null ? item
                    : new DefaultMessageSourceResolvable(new String[] {"org.list.join"}, new Object[] {joined, item}, null);
        }
        return joined;
    }

    static MessageSourceResolvable label(UnitKind kind) {
        return new DefaultMessageSourceResolvable(new String[] {"org.kind." + kind.name()}, kind.name());
    }

    private static boolean isDistributor(Optional<Node> store) {
        return store.map(s -> s.storeType() == StoreType.DISTRIBUTOR).orElse(false);
    }
}
