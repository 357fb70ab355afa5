package be.eloket.platform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The filter conditions of the lists, appended to a JPQL where clause with their parameters, so
 * that every list filters the same way: text is a case-insensitive "contains" (a typed % or _
 * searched for as such), dates are whole days in Europe/Brussels, both ends included. An empty
 * filter value adds nothing.
 */
public final class Conditions {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Conditions() {
    }

    public static void contains(StringBuilder where, Map<String, Object> parameters, String path, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        where.append(" and lower(").append(path).append(") like :").append(name).append(" escape '\\'");
        parameters.put(name, pattern(value));
    }

    public static void equal(StringBuilder where, Map<String, Object> parameters, String path, String name, Object value) {
        if (value == null) {
            return;
        }
        where.append(" and ").append(path).append(" = :").append(name);
        parameters.put(name, value);
    }

    /** {@code path} (an Instant) on or after the start of {@code from}, and before the end of {@code to}. */
    public static void days(StringBuilder where, Map<String, Object> parameters, String path, LocalDate from, LocalDate to) {
        if (from != null) {
            where.append(" and ").append(path).append(" >= :fromDay");
            parameters.put("fromDay", from.atStartOfDay(BRUSSELS).toInstant());
        }
        if (to != null) {
            where.append(" and ").append(path).append(" < :toDay");
            parameters.put("toDay", to.plusDays(1).atStartOfDay(BRUSSELS).toInstant());
        }
    }

    /** Like {@link #contains}, on any of {@code paths}: one search field for, say, a name or a number. */
    public static void containsAny(StringBuilder where, Map<String, Object> parameters, String name, String value,
                                   String... paths) {
        if (value == null || value.isBlank()) {
            return;
        }
        where.append(" and (");
        for (int i = 0; i < paths.length; i++) {
            where.append(i == 0 ? "" : " or ").append("lower(").append(paths[i]).append(") like :").append(name)
                    .append(" escape '\\'");
        }
        where.append(")");
        parameters.put(name, pattern(value));
    }

    /** The LIKE pattern (escape character \\) of a "contains" on {@code value}, for plain SQL too. */
    public static String pattern(String value) {
        return "%" + value.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
