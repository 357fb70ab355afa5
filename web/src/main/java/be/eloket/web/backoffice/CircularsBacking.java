package be.eloket.web.backoffice;

import be.eloket.conversation.boundary.Circulars;
import be.eloket.conversation.model.CircularProgress;
import be.eloket.web.ActiveUser;
import be.eloket.web.Language;
import be.eloket.web.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** /backoffice/circulars.xhtml: every circular of the caller's themes, the running ones first, then the newest (BO-10). */
@Named
@ViewScoped
public class CircularsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @Inject
    Language language;

    @EJB
    Circulars circulars;

    private PagedRows<CircularProgress> rows;

    @PostConstruct
    void load() {
        long caller = activeUser.getAccount().id();
        rows = new PagedRows<>((first, pageSize) -> circulars.list(caller, first, pageSize, language.getLocale()),
                () -> circulars.count(caller), CircularProgress::id);
    }

    public PagedRows<CircularProgress> getRows() {
        return rows;
    }
}
