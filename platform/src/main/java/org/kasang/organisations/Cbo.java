package org.kasang.organisations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A community-based organisation, the unit a programme targets and reports on. */
@Entity
@Table(name = "cbo")
public class Cbo {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    private Commune commune;
    private String name;
    private boolean target;
    private String focusIssues;
    private Integer foundedYear;
    @Enumerated(EnumType.STRING)
    private CboStatus status = CboStatus.ACTIVE;
    private Instant createdAt;
    @Version
    private int version;

    protected Cbo() {
    }

    Cbo(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Commune getCommune() { return commune; }
    void setCommune(Commune commune) { this.commune = commune; }
    public String getName() { return name; }
    void setName(String name) { this.name = name; }
    public boolean isTarget() { return target; }
    void setTarget(boolean target) { this.target = target; }
    public String getFocusIssues() { return focusIssues; }
    void setFocusIssues(String focusIssues) { this.focusIssues = focusIssues; }
    public Integer getFoundedYear() { return foundedYear; }
    void setFoundedYear(Integer foundedYear) { this.foundedYear = foundedYear; }
    public CboStatus getStatus() { return status; }
    void setStatus(CboStatus status) { this.status = status; }
}
