package be.eloket.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A line of an import its job refused, and why: the column, a message key and its one argument (BO-9). */
@Embeddable
public class RefusedLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private int line;

    private String field;

    private String reason;

    @Column(name = "argument")
    private String argument;

    protected RefusedLine() {
        // for JPA
    }

    public RefusedLine(int line, String field, String reason, String argument) {
        this.line = line;
        this.field = field;
        this.reason = reason;
        this.argument = argument;
    }

    public int getLine() {
        return line;
    }

    public String getField() {
        return field;
    }

    public String getReason() {
        return reason;
    }

    public String getArgument() {
        return argument;
    }
}
