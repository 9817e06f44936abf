package org.passerelle.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A verified bearer token is served from memory the next times, as the identity it gave and no other; bytes that
 * differ from it in any way, a forged signature among them, are verified again and refused.
 */
@QuarkusTest
class VerifiedBearerTokensTest {

    @Inject
    VerifiedBearerTokens tokens;

    @Test
    void a_verified_token_is_held_and_answers_as_its_own_caller() {
        String ana = Tokens.of("ana.verified@passerelle.test");
        String ben = Tokens.of("ben.verified@passerelle.test");
        me(ana).body("email", equalTo("ana.verified@passerelle.test"));
        assertTrue(tokens.holds(ana), "held once verified");
        me(ben).body("email", equalTo("ben.verified@passerelle.test"));
        for (int i = 0; i < 3; i++) {
            me(ana).body("email", equalTo("ana.verified@passerelle.test"));
            me(ben).body("email", equalTo("ben.verified@passerelle.test"));
        }
    }

    @Test
    void a_token_whose_signature_was_changed_is_refused_even_when_the_genuine_one_is_held() {
        String genuine = Tokens.of("cleo.verified@passerelle.test");
        me(genuine).body("email", equalTo("cleo.verified@passerelle.test"));
        char last = genuine.charAt(genuine.length() - 2);
        String forged = genuine.substring(0, genuine.length() - 2) + (last == 'A' ? 'B' : 'A')
                + genuine.charAt(genuine.length() - 1);
        given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(genuine + "x").get("/api/v1/me").then().statusCode(401);
        assertFalse(tokens.holds(forged));
        me(genuine).statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse me(String token) {
        return given().auth().oauth2(token).accept("application/json").get("/api/v1/me").then().statusCode(200);
    }
}
