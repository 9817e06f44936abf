package org.passerelle.api.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * RestAssured requests as a given user, over real HTTP with a real bearer token. Every JSON response is checked
 * against the OpenAPI document ({@link ResponseContract}).
 */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().filter(ResponseContract.FILTER).auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().filter(ResponseContract.FILTER).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
