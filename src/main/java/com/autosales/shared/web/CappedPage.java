package com.autosales.shared.web;

import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose total was counted only up to a cap (shown as 1000+): counting every match of a million rows
 * costs more than it tells. While pages come back full there is always a next one.
 */
public class CappedPage<T> extends PageImpl<T> {

    private final boolean capped;
    private final long cap;

    public CappedPage(List<T> content, Pageable pageable, long countedUpToCapPlusOne, long cap) {
        super(content, pageable, total(content, pageable, countedUpToCapPlusOne, cap));
        this.capped = countedUpToCapPlusOne > cap;
        this.cap = cap;
    }

    private static long total(List<?> content, Pageable pageable, long counted, long cap) {
        if (counted <= cap) {
            return counted;
        }
        boolean full = content.size() == pageable.getPageSize();
        return Math.max(cap + 1, pageable.getOffset() + content.size() + (full ? 1 : 0));
    }

    /** Whether there are more matches than were counted. */
    public boolean isCapped() {
        return capped;
    }

    public long getCap() {
        return cap;
    }
}
