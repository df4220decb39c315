package com.autosales.org;

import java.util.List;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The position templates as other modules read them (code and name in the reader's language), e.g. for scorecards. */
@Service
@Transactional(readOnly = true)
public class PositionDirectory {

    /** A position by its stable code, named in the reader's language. */
    public record PositionSummary(String code, String name) {
    }

    private final Positions positions;

    PositionDirectory(Positions positions) {
        this.positions = positions;
    }

    public List<PositionSummary> all() {
        return positions.findAllByOrderByStoreTypeAscLevelAscIdAsc().stream().map(PositionDirectory::summary).toList();
    }

    public Optional<PositionSummary> byCode(String code) {
        return code == null ? Optional.empty() : positions.findByCode(code).map(PositionDirectory::summary);
    }

    private static PositionSummary summary(Position p) {
        return new PositionSummary(p.code(), p.name(LocaleContextHolder.getLocale()));
    }
}
