package org.kasang.indicators;

import org.kasang.catalogue.Text;

import java.time.LocalDate;
import java.util.List;

/**
 * The CBOs (and, for indicators counted in people, the people) behind one figure, each with the evidence that
 * made it count. Its size equals the figure's numerator. Names are for admins on screen, never for exports.
 */
public record DrillDown(String indicatorCode, Unit unit, Dimension dimension, String category,
                        Integer storedNumerator, List<Row> rows) {

    public record Row(long cboId, String cboName, Text district, Text province, Long personId, String personName,
                      List<EvidenceRef> evidence) {
    }

    public record EvidenceRef(long id, EvidenceKind kind, LocalDate occurredOn) {
    }
}
