package be.eloket.audit.entity;

/** What an audit entry is about. */
public enum SubjectKind { FACILITY, CONTACT_PERSON, MESSAGE, CONVERSATION, ACCOUNT, THEME, TEAM, HELPDESK_QUESTION }
