package org.kasang.organisations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A person's membership of a CBO, with dates. */
@Entity
@Table(name = "membership")
public class Membership {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long personId;
    private long cboId;
    private LocalDate startDate;
    private LocalDate endDate;

    protected Membership() {
    }

    Membership(long personId, long cboId, LocalDate startDate) {
        this.personId = personId;
        this.cboId = cboId;
        this.startDate = startDate;
    }

    void end(LocalDate day) {
        this.endDate = day.isBefore(startDate) ? startDate : day;
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public long getCboId() { return cboId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
}
