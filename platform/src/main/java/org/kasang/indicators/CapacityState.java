package org.kasang.indicators;

import org.kasang.catalogue.Text;

import java.time.LocalDate;

/** A CBO's level in one area (0 = none yet), its name, and the date of the latest evidence behind it. */
public record CapacityState(long areaId, String areaCode, Text areaName, int rank, int ranks, Text levelName,
                            LocalDate since) {
}
