package com.autosales.org;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Units and positions read once per request, to name ids in lists without a query per row. */
@Component
class OrgNames {

    private final OrgUnits units;
    private final Positions positions;

    OrgNames(OrgUnits units, Positions positions) {
        this.units = units;
        this.positions = positions;
    }

    Snapshot snapshot() {
        Locale locale = LocaleContextHolder.getLocale();
        OrgTree tree = new OrgTree(units.findAll().stream().map(u -> u.node(locale)).toList());
        Map<Long, Position> byId = positions.findAll().stream().collect(Collectors.toMap(Position::id, Function.identity()));
        return new Snapshot(tree, byId, locale);
    }

    /** The organisation as read at one moment, in the reader's language. */
    record Snapshot(OrgTree tree, Map<Long, Position> positions, Locale locale) {

        String unitName(Long id) {
            return tree.find(id).map(OrgTree.Node::name).orElse(null);
        }

        Optional<Long> storeIdOf(Long unitId) {
            return tree.storeOf(unitId).map(OrgTree.Node::id);
        }

        Optional<Position> position(Long id) {
            return Optional.ofNullable(id == null ? null : positions.get(id));
        }

        String positionName(Long id) {
            return position(id).map(p -> p.name(locale)).orElse(null);
        }

        List<String> duties(Long positionId) {
            return position(positionId).map(p -> p.duties().stream().map(d -> d.in(locale)).toList()).orElse(List.of());
        }
    }
}
