package org.kasang.indicators;

/** One level of a capacity area: its rank (1 upwards), its names, and the rule a CBO's evidence must satisfy. */
public record AreaLevel(int rank, String nameEn, String nameKm, Rule rule) {
}
