package org.kasang.organisations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A coach follows a CBO between two dates; their access follows the dates. */
@Entity
@Table(name = "coach_assignment")
public class CoachAssignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long coachPersonId;
    private long cboId;
    private LocalDate startDate;
    private LocalDate endDate;

    protected CoachAssignment() {
    }

    CoachAssignment(long coachPersonId, long cboId, LocalDate startDate, LocalDate endDate) {
        this.coachPersonId = coachPersonId;
        this.cboId = cboId;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public Long getId() { return id; }
    public long getCoachPersonId() { return coachPersonId; }
    public long getCboId() { return cboId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }

    void endOn(LocalDate day) {
        this.endDate = day;
    }

    /** Whether the coach may see the CBO on this day. */
    public boolean activeOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }
}
