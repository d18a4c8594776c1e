package org.kasang.organisations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.Locale;

@Entity
@Immutable
@Table(name = "province")
public class Province {
    @Id
    private Long id;
    private String code;
    private String nameEn;
    private String nameKm;

    protected Province() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }

    public String name(Locale locale) {
        return "km".equals(locale.getLanguage()) ? nameKm : nameEn;
    }
}
