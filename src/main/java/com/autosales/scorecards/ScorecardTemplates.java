package com.autosales.scorecards;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScorecardTemplates extends JpaRepository<ScorecardTemplate, Long> {

    Optional<ScorecardTemplate> findByPositionCodeAndCurrentTrue(String positionCode);

    List<ScorecardTemplate> findByCurrentTrueOrderByPositionCode();
}
