package org.passerelle.api.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;
import org.passerelle.api.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** Writers that all read version 0 race: exactly one wins, the others get 412 and change nothing. */
@QuarkusTest
class ConcurrentUpdatesTest {

    @Test
    void only_one_of_several_concurrent_writers_with_the_same_etag_wins() throws Exception {
        String org = Fixtures.organisation("race");
        String id = Fixtures.member(org, "Mairie de Retjons");
        String token = Tokens.of(admin(org));
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = "Writer " + i;
            writers.add(() -> given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"0\"")
                    .body(Map.of("name", name, "kind", "COMMUNE"))
                    .put("/api/v1/orgs/{org}/members/{id}", org, id).statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(writers)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        as(admin(org)).get("/api/v1/orgs/{org}/members/{id}", org, id).then().body("version", equalTo(1));
    }
}
