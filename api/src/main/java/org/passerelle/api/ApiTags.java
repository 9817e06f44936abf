package org.passerelle.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** OpenAPI tags, one per area of the API, in the order the documentation shows them. */
@OpenAPIDefinition(info = @Info(title = "Passerelle API", version = "1"), tags = {
        @Tag(name = ApiTags.PLATFORM, description = "Organisations and the caller's identity"),
        @Tag(name = ApiTags.PEOPLE, description = "People, their roles, and partner API clients"),
        @Tag(name = ApiTags.MEMBERS, description = "Member structures (adhérents) and their subscriptions"),
        @Tag(name = ApiTags.CATALOGUE, description = "Teams (pôles) and services (prestations)"),
        @Tag(name = ApiTags.CALENDAR, description = "Business calendar: opening hours, holidays, business time"),
        @Tag(name = ApiTags.INDICATORS, description = "Indicators computed from live data, with provenance"),
        @Tag(name = ApiTags.TICKETS, description = "Support requests: filing, workflow, follow-ups, history"),
        @Tag(name = ApiTags.TICKETING_SETUP, description = "Ticket categories, priority matrix and SLA targets, statistics"),
        @Tag(name = ApiTags.KNOWLEDGE, description = "Knowledge base: articles, versions, suggestions, votes, statistics"),
        @Tag(name = ApiTags.WEBHOOKS, description = "Webhook subscriptions, signed deliveries and their log") })
public final class ApiTags {
    private ApiTags() {
    }

    public static final String PLATFORM = "Core: platform";
    public static final String PEOPLE = "Core: people";
    public static final String MEMBERS = "Core: members";
    public static final String CATALOGUE = "Core: teams and services";
    public static final String CALENDAR = "Core: calendar";
    public static final String INDICATORS = "Core: indicators";
    public static final String WEBHOOKS = "Integration: webhooks";
    public static final String PUBLIC = "Public: catalogue";
    public static final String TICKETS = "Ticketing: tickets";
    public static final String TICKETING_SETUP = "Ticketing: setup and statistics";
    public static final String KNOWLEDGE = "Ticketing: knowledge base";
    public static final String SECURITY_SCHEME = "bearer";
}
