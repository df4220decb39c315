package com.autosales.funnel;

import java.util.List;

/** One consultant's funnel: every stage with its conversion rates. */
public record ConsultantFunnel(Long consultantId, String consultantName, List<StageFigure> stages) {
}
