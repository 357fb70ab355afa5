package be.eloket.web.backoffice;

import be.eloket.conversation.boundary.Inbox;
import be.eloket.conversation.entity.ConversationStatus;
import be.eloket.conversation.model.InboxChoices;
import be.eloket.conversation.model.InboxFilter;
import be.eloket.conversation.model.InboxLine;
import be.eloket.web.ActiveUser;
import be.eloket.web.Language;
import be.eloket.web.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /backoffice/inbox.xhtml: the messages of facilities within the staff member's themes (BO-2). */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActiveUser activeUser;

    @Inject
    Language language;

    @EJB
    Inbox inbox;

    private final InboxFilterForm form = new InboxFilterForm();

    /** The filter the list shows: the one of the last "Filteren", not what is being typed. */
    private InboxFilter filter = InboxFilter.any();
    private long accountId;
    private InboxChoices choices;
    private PagedRows<InboxLine> messages;

    @PostConstruct
    void load() {
        accountId = activeUser.getAccount().id();
        choices = inbox.choices(accountId, language.getLocale());
        long caller = accountId;
        messages = new PagedRows<>((first, pageSize) -> inbox.messages(caller, filter, first, pageSize),
                () -> inbox.count(caller, filter), InboxLine::messageId);
    }

    public void filter() {
        filter = form.filter();
    }

    public InboxFilterForm getForm() {
        return form;
    }

    public PagedRows<InboxLine> getMessages() {
        return messages;
    }

    public InboxChoices getChoices() {
        return choices;
    }

    public List<ConversationStatus> getStatuses() {
        return ConversationStatus.OF_FACILITY_MESSAGES;
    }
}
