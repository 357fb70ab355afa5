package be.eloket.contact.model;

import java.io.Serializable;
import java.util.Locale;

/** A line of the report of BO-5 (+): a theme of a facility without a confirmed contact person. */
public record MissingContact(long facilityId, String facilityName, String facilityNumber, long themeId, String themeNameNl,
                             String themeNameEn) implements Serializable {

    public String themeName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? themeNameEn : themeNameNl;
    }

    public long getFacilityId() {
        return facilityId;
    }

    public String getFacilityName() {
        return facilityName;
    }

    public String getFacilityNumber() {
        return facilityNumber;
    }

    public long getThemeId() {
        return themeId;
    }

    /** One row of a page: a facility has several. */
    public String getKey() {
        return facilityId + "-" + themeId;
    }
}
