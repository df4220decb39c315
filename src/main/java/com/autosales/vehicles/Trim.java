package com.autosales.vehicles;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** 配置 — a trim of a model: the unit that is priced, ordered and stocked, with its colours and options. */
@Entity
@Table(name = "vehicle_trim")
class Trim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long modelId;
    private String name;
    private boolean active;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vehicle_trim_colour", joinColumns = @JoinColumn(name = "trim_id"))
    @OrderColumn(name = "position")
    private List<TrimColour> colours = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vehicle_trim_option", joinColumns = @JoinColumn(name = "trim_id"))
    @OrderColumn(name = "position")
    private List<TrimOption> options = new ArrayList<>();

    protected Trim() {
    }

    Trim(Long modelId, String name) {
        this.modelId = modelId;
        this.name = name;
        this.active = true;
    }

    /** Replaces the colour and option lists (the edit form shows them whole). */
    void offer(List<TrimColour> colours, List<TrimOption> options) {
        this.colours.clear();
        this.colours.addAll(colours);
        this.options.clear();
        this.options.addAll(options);
    }

    List<String> colours(ColourKind kind) {
        return colours.stream().filter(c -> c.kind() == kind).map(TrimColour::name).toList();
    }

    boolean offers(ColourKind kind, String colour) {
        return colours(kind).contains(colour);
    }

    Long id() { return id; }
    Long modelId() { return modelId; }
    String name() { return name; }
    boolean active() { return active; }
    long version() { return version; }
    List<TrimOption> options() { return List.copyOf(options); }
}
