package com.autosales.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Positions extends JpaRepository<Position, Long> {

    Optional<Position> findByCode(String code);

    boolean existsByCode(String code);

    List<Position> findAllByOrderByStoreTypeAscLevelAscIdAsc();
}
