package org.kasang.organisations;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.Locale;

/** A district, municipality or khan (in Phnom Penh). */
@Entity
@Immutable
@Table(name = "district")
public class District {
    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "province_id")
    private Province province;
    private String code;
    private String kind;
    private String nameEn;
    private String nameKm;

    protected District() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public Province getProvince() { return province; }

    public String name(Locale locale) {
        return "km".equals(locale.getLanguage()) ? nameKm : nameEn;
    }
}
