package org.kasang.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.kasang.common.InvalidInput;
import org.kasang.common.OffsetPage;
import org.kasang.indicators.Denominator;
import org.kasang.indicators.IndicatorForm;
import org.kasang.indicators.Indicators;
import org.kasang.indicators.ReportingPeriod;
import org.kasang.indicators.ReportingPeriods;
import org.kasang.indicators.ResultKind;
import org.kasang.indicators.Rule;
import org.kasang.indicators.Unit;
import org.kasang.indicators.Window;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defines an indicator: names, result, what it counts (one criterion here; rules of several criteria keep the
 * rule they have), population, window, factor, baseline, sentence and targets by period.
 */
class IndicatorDialog extends Dialog {

    /** Periods offered for the baseline and targets: a programme has a handful. */
    private static final int PERIODS = 50;

    final TextField code = new TextField();
    final TextField nameEn = new TextField();
    final TextField nameKm = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionKm = new TextArea();
    final TextField resultRef = new TextField();
    final Select<ResultKind> resultKind = new Select<>();
    final Select<Unit> unit = new Select<>();
    final Select<Denominator> denominator = new Select<>();
    final Select<Window> window = new Select<>();
    final Select<Integer> factor = new Select<>();
    final BigDecimalField baseline = new BigDecimalField();
    final ComboBox<ReportingPeriod> baselinePeriod = new ComboBox<>();
    final TextField sentenceEn = new TextField();
    final TextField sentenceKm = new TextField();
    final CriterionForm criterion = new CriterionForm();
    final Map<ReportingPeriod, BigDecimalField> targets = new LinkedHashMap<>();
    final Button save = new Button();

    IndicatorDialog(Indicators indicators, ReportingPeriods periods, Long id, Runnable onSaved) {
        setHeaderTitle(getTranslation(id == null ? "indicator.add" : "indicator.edit"));
        setWidth("60em");
        setMaxWidth("100%");
        code.setLabel(getTranslation("indicator.code"));
        nameEn.setLabel(getTranslation("indicator.name-en"));
        nameKm.setLabel(getTranslation("indicator.name-km"));
        descriptionEn.setLabel(getTranslation("indicator.description-en"));
        descriptionKm.setLabel(getTranslation("indicator.description-km"));
        resultRef.setLabel(getTranslation("indicator.result"));
        resultRef.setPlaceholder(getTranslation("indicator.result.placeholder"));
        enumSelect(resultKind, "indicator.result-kind", ResultKind.values());
        resultKind.setValue(ResultKind.OUTCOME);
        enumSelect(unit, "indicator.unit", Unit.values());
        unit.setValue(Unit.CBOS);
        enumSelect(denominator, "indicator.denominator", Denominator.values());
        denominator.setValue(Denominator.TARGET_CBOS);
        enumSelect(window, "indicator.window", Window.values());
        window.setValue(Window.CUMULATIVE);
        factor.setLabel(getTranslation("indicator.factor"));
        factor.setItems(100, 1, 1000);
        factor.setItemLabelGenerator(f -> getTranslation("indicator.factor." + f));
        factor.setValue(100);
        baseline.setLabel(getTranslation("indicator.baseline"));
        baselinePeriod.setLabel(getTranslation("indicator.baseline-period"));
        List<ReportingPeriod> known = periods.list(OffsetPage.of(0, PERIODS)).getContent();
        baselinePeriod.setItems(known);
        baselinePeriod.setItemLabelGenerator(p -> p.name().in(getLocale()));
        sentenceEn.setLabel(getTranslation("indicator.sentence-en"));
        sentenceEn.setPlaceholder(getTranslation("indicator.sentence.placeholder"));
        sentenceKm.setLabel(getTranslation("indicator.sentence-km"));
        FormLayout targetForm = new FormLayout();
        for (ReportingPeriod p : known) {
            BigDecimalField field = new BigDecimalField(getTranslation("indicator.target-for", p.name().in(getLocale())));
            targets.put(p, field);
            targetForm.add(field);
        }

        Rule kept = null;
        if (id != null) {
            IndicatorForm f = indicators.form(id);
            code.setValue(f.code());
            nameEn.setValue(f.nameEn());
            nameKm.setValue(f.nameKm());
            descriptionEn.setValue(f.descriptionEn() == null ? "" : f.descriptionEn());
            descriptionKm.setValue(f.descriptionKm() == null ? "" : f.descriptionKm());
            resultRef.setValue(f.resultRef());
            resultKind.setValue(f.resultKind());
            unit.setValue(f.unit());
            denominator.setValue(f.denominator());
            window.setValue(f.window());
            factor.setValue(f.factor());
            baseline.setValue(f.baselineValue());
            baselinePeriod.setValue(known.stream().filter(p -> Long.valueOf(p.id()).equals(f.baselinePeriodId()))
                    .findFirst().orElse(null));
            sentenceEn.setValue(f.sentenceEn());
            sentenceKm.setValue(f.sentenceKm());
            targets.forEach((p, field) -> field.setValue(f.targets().get(p.id())));
            if (!criterion.show(f.numerator())) {
                kept = f.numerator();
            }
        }
        Rule keptRule = kept;
        add(new FormLayout(code, resultRef, nameEn, nameKm, descriptionEn, descriptionKm, resultKind, unit,
                denominator, window, factor, baseline, baselinePeriod, sentenceEn, sentenceKm),
                new H4(getTranslation("indicator.numerator")));
        if (keptRule != null) {
            add(new Paragraph(getTranslation("indicator.rule.kept")));
        }
        add(criterion, new H4(getTranslation("indicator.targets")), targetForm);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                Rule rule = keptRule != null && !criterion.chosen() ? keptRule : criterion.rule();
                Map<Long, BigDecimal> byPeriod = new HashMap<>();
                targets.forEach((p, field) -> {
                    if (field.getValue() != null) {
                        byPeriod.put(p.id(), field.getValue());
                    }
                });
                IndicatorForm form = new IndicatorForm(code.getValue(), nameEn.getValue(), nameKm.getValue(),
                        descriptionEn.getValue(), descriptionKm.getValue(), resultRef.getValue(),
                        resultKind.getValue(), unit.getValue(), rule, denominator.getValue(), window.getValue(),
                        factor.getValue() == null ? 100 : factor.getValue(), baseline.getValue(),
                        baselinePeriod.getValue() == null ? null : baselinePeriod.getValue().id(),
                        sentenceEn.getValue(), sentenceKm.getValue(), byPeriod);
                if (id == null) {
                    indicators.create(form);
                } else {
                    indicators.update(id, form);
                }
                Notification.show(getTranslation("indicator.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onSaved.run();
                close();
            } catch (InvalidInput e) {
                Notification.show(getTranslation(e.key(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    private <E extends Enum<E>> void enumSelect(Select<E> select, String key, E[] values) {
        select.setLabel(getTranslation(key));
        select.setItems(values);
        select.setItemLabelGenerator(v -> getTranslation(key + "." + v.name()));
    }
}
