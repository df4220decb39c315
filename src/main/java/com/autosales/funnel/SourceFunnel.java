package com.autosales.funnel;

import java.util.List;

/** The funnel of the customers from one source: every stage with its conversion rates. */
public record SourceFunnel(FunnelSource source, List<StageFigure> stages) {
}
