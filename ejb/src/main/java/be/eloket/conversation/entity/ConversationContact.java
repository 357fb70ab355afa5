package be.eloket.conversation.entity;

import be.eloket.contact.entity.PersonDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A person notified of every reaction in one conversation (MSG-8): a standard contact person of
 * the theme ({@code contactPersonId} set) or someone for this conversation only.
 */
@Entity
@Table(name = "conversation_contact")
public class ConversationContact extends PersonDetails {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "conversation_contact_seq", sequenceName = "conversation_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @Column(name = "contact_person_id")
    private Long contactPersonId;


    protected ConversationContact() {
        // for JPA
    }

    public ConversationContact(Conversation conversation, Long contactPersonId, String lastName, String firstName,
                               String email, String phone) {
        super(lastName, firstName, email, phone);
        this.conversation = conversation;
        this.contactPersonId = contactPersonId;
    }

    public Long getContactPersonId() {
        return contactPersonId;
    }
}
