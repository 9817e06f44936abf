package org.passerelle.ticketing.knowledge;

/**
 * Who reads a published article: anyone, even without signing in ({@code PUBLIC}); requesters of member
 * structures subscribed to the article's service ({@code MEMBERS}); the desk's staff only ({@code STAFF}).
 */
public enum Visibility {
    PUBLIC, MEMBERS, STAFF
}
