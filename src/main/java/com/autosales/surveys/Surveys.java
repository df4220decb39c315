package com.autosales.surveys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Surveys; readers' finders take their data scope (store; and the employee surveyed about, for own-records scopes). */
interface Surveys extends JpaRepository<Survey, Long> {

    String IN_SCOPE = "(:allStores = true or s.storeId in :storeIds) and (:allOwners = true or s.subjectEmployeeId in :ownerIds)";

    Optional<Survey> findByOccasionAndReferenceId(SurveyOccasion occasion, Long referenceId);

    @Query("select s from Survey s where s.id = :id and " + IN_SCOPE)
    Optional<Survey> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select s from Survey s where " + IN_SCOPE + " and s.status = :status"
            + " and s.dueOn <= :until order by s.dueOn, s.id")
    Page<Survey> list(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            SurveyStatus status, LocalDate until, Pageable page);

    /** Per employee surveyed about: count and average of each topic, of the surveys answered since a moment. */
    @Query("select s.subjectName, count(s), avg(s.scoreOverall), avg(s.scoreConsultant), avg(s.scoreProcess),"
            + " avg(s.scoreVehicle) from Survey s where " + IN_SCOPE + " and s.status = com.autosales.surveys.SurveyStatus.DONE"
            + " and s.doneAt >= :since group by s.subjectName order by avg(s.scoreOverall) desc, s.subjectName")
    List<Object[]> averages(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            Instant since);
}
