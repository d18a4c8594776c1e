package org.kasang.organisations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A member profile: a CBO member, coach, trainer or staff member. */
@Entity
@Table(name = "person")
public class Person {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    @Enumerated(EnumType.STRING)
    private Sex sex = Sex.NOT_STATED;
    private Integer birthYear;
    private String phone;
    @Enumerated(EnumType.STRING)
    private Disability disability = Disability.NOT_STATED;
    private boolean disabilityConsent;
    private Instant createdAt;
    @Version
    private int version;

    protected Person() {
    }

    Person(String fullName, Instant createdAt) {
        this.fullName = fullName;
        this.createdAt = createdAt;
    }

    void update(MemberProfile profile) {
        fullName = profile.fullName().trim();
        sex = profile.sex();
        birthYear = profile.birthYear();
        phone = profile.phone() == null || profile.phone().isBlank() ? null : profile.phone().trim();
        disabilityConsent = profile.disabilityConsent();
        disability = profile.disabilityConsent() ? profile.disability() : Disability.NOT_STATED;
    }

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public Sex getSex() { return sex; }
    public Integer getBirthYear() { return birthYear; }
    public String getPhone() { return phone; }
    public Disability getDisability() { return disability; }
    public boolean isDisabilityConsent() { return disabilityConsent; }

    public MemberProfile profile() {
        return new MemberProfile(fullName, sex, birthYear, phone, disability, disabilityConsent);
    }
}
