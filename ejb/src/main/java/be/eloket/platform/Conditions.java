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
        parameters.put(name, "%" + value.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    /**
     * Like {@link #contains}, met by any of {@code paths} (a name or an e-mail address). One
     * condition per path, not one over their concatenation: EclipseLink 4.0.9 writes a query with
     * a concatenation without bound values, and then a boolean as 1, which H2 2 refuses.
     */
    public static void containsAny(StringBuilder where, Map<String, Object> parameters, String name, String value,
                                   String... paths) {
        if (value == null || value.isBlank()) {
            return;
        }
        StringBuilder any = new StringBuilder();
        for (String path : paths) {
            contains(any, parameters, path, name, value);
        }
        where.append(" and (").append(any.substring(" and ".length()).replace(" and lower(", " or lower(")).append(')');
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
}
