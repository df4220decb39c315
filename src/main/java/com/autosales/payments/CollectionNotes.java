package com.autosales.payments;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollectionNotes extends JpaRepository<CollectionNote, Long> {

    List<CollectionNote> findByTaskIdOrderByAtDesc(Long taskId);
}
