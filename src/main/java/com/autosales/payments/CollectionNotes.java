package com.autosales.payments;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollectionNotes extends JpaRepository<CollectionNote, Long> {

    List<CollectionNote> findByTaskIdOrderByAtDesc(Long taskId);

    /** The latest contact about any of these tasks (one customer's contracts). */
    Optional<CollectionNote> findFirstByTaskIdInOrderByAtDescIdDesc(Collection<Long> taskIds);
}
