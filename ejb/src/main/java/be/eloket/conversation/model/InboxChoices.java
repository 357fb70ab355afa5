package be.eloket.conversation.model;

import java.io.Serializable;
import java.util.List;

/** What the inbox filters offer (BO-2): the themes within the caller's scope, the teams and case handlers. */
public record InboxChoices(List<Choice> themes, List<Choice> teams, List<Choice> caseHandlers) implements Serializable {

    /** One option of a select: an id and what to show. */
    public record Choice(long id, String name) implements Serializable {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    public List<Choice> getThemes() {
        return themes;
    }

    public List<Choice> getTeams() {
        return teams;
    }

    public List<Choice> getCaseHandlers() {
        return caseHandlers;
    }
}
