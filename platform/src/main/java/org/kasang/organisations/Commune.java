package org.kasang.organisations;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.Locale;

/** A commune, or a sangkat in towns and Phnom Penh. */
@Entity
@Immutable
@Table(name = "commune")
public class Commune {
    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private District district;
    private String code;
    private String kind;
    private String nameEn;
    private String nameKm;

    protected Commune() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public District getDistrict() { return district; }

    public String name(Locale locale) {
        return "km".equals(locale.getLanguage()) ? nameKm : nameEn;
    }
}
