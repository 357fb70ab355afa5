package be.eloket.conversation.entity;

/** Seen from the facility: received ("In", department → facility) or sent ("Uit", facility → department). */
public enum Direction {
    RECEIVED,
    SENT
}
