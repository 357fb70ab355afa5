package be.eloket.web.backoffice;

import be.eloket.conversation.boundary.Circulars;
import be.eloket.conversation.boundary.Inbox;
import be.eloket.conversation.model.CircularProgress;
import be.eloket.conversation.model.InboxFilter;
import be.eloket.conversation.model.InboxLine;
import be.eloket.web.ActiveUser;
import be.eloket.web.Language;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /backoffice/index.xhtml: the open conversations per theme and team, the newest incoming messages, the running and recent circulars. */
@Named("backofficeHome")
@RequestScoped
public class IndexBacking {

    private static final int NEWEST = 5;

    @Inject
    ActiveUser activeUser;

    @Inject
    Language language;

    @EJB
    Inbox inbox;

    @EJB
    Circulars circulars;

    private List<Inbox.OpenCount> openPerTheme;
    private List<Inbox.OpenCount> openPerTeam;
    private List<InboxLine> newest;
    private List<CircularProgress> recentCirculars;

    @PostConstruct
    void load() {
        long accountId = activeUser.getAccount().id();
        openPerTheme = inbox.openPerTheme(accountId, language.getLocale());
        openPerTeam = inbox.openPerTeam(accountId);
        newest = inbox.messages(accountId, InboxFilter.any(), 0, NEWEST);
        recentCirculars = circulars.list(accountId, 0, NEWEST, language.getLocale());
    }

    public List<Inbox.OpenCount> getOpenPerTheme() {
        return openPerTheme;
    }

    public List<Inbox.OpenCount> getOpenPerTeam() {
        return openPerTeam;
    }

    public List<InboxLine> getNewest() {
        return newest;
    }

    public List<CircularProgress> getRecentCirculars() {
        return recentCirculars;
    }
}
