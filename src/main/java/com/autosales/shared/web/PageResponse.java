package com.autosales.shared.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a list as the API returns it. */
public record PageResponse<T>(List<T> items, int page, int pageSize, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
