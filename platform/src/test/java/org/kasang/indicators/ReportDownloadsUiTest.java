package org.kasang.indicators;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.kasang.KaribuTest;
import org.kasang.indicators.ui.ReportDownloads;
import org.kasang.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ReportDownloadsUiTest extends KaribuTest {

    @Autowired
    ReportExports exports;

    @Test
    void the_report_offers_each_file_in_the_users_language() {
        login(fixtures.staff("Downloads admin", Role.ADMIN));
        UI.getCurrent().setLocale(Locale.forLanguageTag("km"));
        UI.getCurrent().add(new ReportDownloads(exports, SampleReport::of2020, Locale.forLanguageTag("km")));

        Anchor csv = _get(Anchor.class, spec -> spec.withId("download-csv"));
        assertThat(csv.getText()).isEqualTo("ទាញយក CSV");
        assertThat(csv.getHref()).isNotBlank();
        for (String id : new String[] {"download-xlsx", "download-pdf", "download-dhis2"}) {
            Anchor anchor = _get(Anchor.class, spec -> spec.withId(id));
            assertThat(anchor.getHref()).as(id).isNotBlank();
            assertThat(anchor.getElement().hasAttribute("download")).as(id).isTrue();
        }
        assertThat(_get(Anchor.class, spec -> spec.withId("download-dhis2")).getText()).isEqualTo("ទាញយក DHIS2 (JSON)");
    }
}
