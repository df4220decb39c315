package com.autosales.vehicles;

import java.util.List;

/** The brand → series tree of the catalogue page's navigation. */
record CatalogueTree(Long brandId, String brand, List<Node> series) {

    record Node(Long id, String name, long models) {
    }
}
