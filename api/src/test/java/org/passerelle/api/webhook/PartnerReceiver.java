package org.passerelle.api.webhook;

import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.passerelle.api.support.Fixtures;

import io.restassured.path.json.JsonPath;

/** For one test: an organisation of its own and a partner's live receiver, subscribed to its member events. */
final class PartnerReceiver implements AutoCloseable {

    final String org;
    final WebhookReceiver receiver;

    PartnerReceiver(String prefix) throws IOException {
        org = Fixtures.organisation(prefix);
        receiver = new WebhookReceiver();
    }

    /** A new subscription of the receiver to {@code member.created}: the webhook and, this once, its secret. */
    JsonPath subscribe() {
        return subscribe(receiver.url());
    }

    /** The same at another URL of the receiver (a query string tells subscriptions apart). */
    JsonPath subscribe(String url) {
        return as(admin(org)).body(Map.of("url", url, "eventTypes", List.of("member.created")))
                .post("/api/v1/orgs/{org}/webhooks", org).then().statusCode(201).extract().jsonPath();
    }

    @Override
    public void close() {
        receiver.close();
    }
}
