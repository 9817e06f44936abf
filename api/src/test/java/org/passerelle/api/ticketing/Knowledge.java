package org.passerelle.api.ticketing;

import static org.passerelle.api.support.Api.as;

import java.util.Map;

import io.restassured.response.Response;

/** Writing and publishing knowledge-base articles on a {@link Desk}, as its agent. */
final class Knowledge {

    private final Desk desk;

    Knowledge(Desk desk) {
        this.desk = desk;
    }

    String draft(String title, String body, String category, String visibility) {
        return as(desk.agent).body(Map.of("title", title, "body", body, "categoryId", category,
                "visibility", visibility)).post("/api/v1/orgs/{org}/articles", desk.org).then().statusCode(201)
                .extract().path("id");
    }

    String published(String title, String body, String category, String visibility) {
        String id = draft(title, body, category, visibility);
        act(id, "publish", 200);
        return id;
    }

    String etag(String id) {
        return as(desk.agent).get("/api/v1/orgs/{org}/articles/{id}", desk.org, id).then().statusCode(200)
                .extract().header("ETag");
    }

    Response act(String id, String action, int status) {
        Response r = as(desk.agent).header("If-Match", etag(id))
                .post("/api/v1/orgs/{org}/articles/{id}/" + action, desk.org, id);
        r.then().statusCode(status);
        return r;
    }

    Response edit(String id, String title, String body, String category, String visibility) {
        return as(desk.agent).header("If-Match", etag(id)).body(Map.of("title", title, "body", body,
                "categoryId", category, "visibility", visibility)).put("/api/v1/orgs/{org}/articles/{id}", desk.org, id);
    }
}
