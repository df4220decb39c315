package com.autosales.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Positions extends JpaRepository<Position, Long> {

    Optional<Position> findByCode(String code);

    boolean existsByCode(String code);

    List<Position> findAllByOrderByStoreTypeAscLevelAscIdAsc();

    /** Every position's id and name, without the duties the entities load with them: names for lists. */
    @Query("select p.id, p.name from Position p")
    List<Object[]> names();
}
