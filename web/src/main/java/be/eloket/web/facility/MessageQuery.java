package be.eloket.web.facility;

import be.eloket.conversation.entity.Direction;
import be.eloket.conversation.model.MessageFilter;
import jakarta.faces.component.UIData;
import java.io.Serializable;
import java.time.LocalDate;

/** The filter fields above one message list, as the user types them (MSG-4). */
public class MessageQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Direction fixedDirection;
    private Direction direction;
    private String reference;
    private Long themeId;
    private String title;
    private String counterpart;
    private LocalDate from;
    private LocalDate to;

    /** A list of one direction ({@code null}: both, with an In/Uit filter, MSG-14). */
    public MessageQuery(Direction direction) {
        this.fixedDirection = direction;
    }

    public MessageFilter filter() {
        return new MessageFilter(fixedDirection != null ? fixedDirection : direction, reference, themeId, title, counterpart,
                from, to);
    }

    /** "Filteren": a new filter shows the first page of what it finds, wherever the list was paged to. */
    public void apply(UIData list) {
        list.setFirst(0);
    }

    /** "Filters wissen": every filter of the list emptied, and the list back on its first page. */
    public void clear(UIData list) {
        apply(list);
        direction = null;
        reference = null;
        title = null;
        counterpart = null;
        from = null;
        to = null;
        if (fixedDirection != null) {
            themeId = null;
        }
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public void setCounterpart(String counterpart) {
        this.counterpart = counterpart;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
