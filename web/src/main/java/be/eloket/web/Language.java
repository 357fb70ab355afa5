package be.eloket.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages (UX-1): Dutch unless the user switches to English. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.forLanguageTag("nl");

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public void switchTo(String code) {
        locale = "en".equals(code) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
