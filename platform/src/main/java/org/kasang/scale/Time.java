package org.kasang.scale;

/** Instants as epoch seconds and days as epoch days, in Cambodian time (UTC+7 all year). */
final class Time {

    static final int DAY = 86_400, HOUR = 3_600, MINUTE = 60;
    private static final int OFFSET = 7 * HOUR;

    private Time() {
    }

    /** The instant at this local hour and minute (minutes may run past the hour) of a Cambodian day. */
    static long at(long day, int hour, int minutes) {
        return day * DAY + (long) hour * HOUR + (long) minutes * MINUTE - OFFSET;
    }

    /** The Cambodian day of an instant. */
    static int day(long instant) {
        return (int) Math.floorDiv(instant + OFFSET, DAY);
    }
}
