package com.autosales.customers;

import org.springframework.data.jpa.repository.JpaRepository;

interface GradeRuleSets extends JpaRepository<GradeRuleSet, Long> {
}
