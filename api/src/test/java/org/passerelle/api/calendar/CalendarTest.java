package org.passerelle.api.calendar;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.passerelle.api.support.Api.as;
import static org.passerelle.api.support.Fixtures.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.api.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** The agency of the seeds: open 8:30–12:30 and 13:30–17:30, Friday until 16:30, closed on public holidays. */
@QuarkusTest
class CalendarTest {

    String org;

    @BeforeEach
    void agencyCalendar() {
        org = Fixtures.organisation("cal");
        List<Map<String, String>> week = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            week.add(Map.of("day", day, "opens", "08:30", "closes", "12:30"));
            week.add(Map.of("day", day, "opens", "13:30", "closes", day.equals("FRIDAY") ? "16:30" : "17:30"));
        }
        as(admin(org)).header("If-Match", "\"0\"")
                .body(Map.of("holidayZone", "FR", "openingHours", week,
                        "closures", List.of(Map.of("date", "2025-05-30", "label", "Pont de l'Ascension"))))
                .put("/api/v1/orgs/{org}/calendar", org).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void a_new_organisation_has_a_default_french_office_week() {
        String fresh = Fixtures.organisation("fresh");
        as(admin(fresh)).get("/api/v1/orgs/{org}/calendar", fresh).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("timeZone", equalTo("Europe/Paris"), "holidayZone", equalTo("FR"),
                        "openingHours.size()", equalTo(10));
    }

    @Test
    void business_duration_skips_nights_lunch_weekends_holidays_and_closures() {
        // Monday 26 May 2025 10:00 Paris → Monday 2 June 10:00: Thursday is Ascension, Friday a closure.
        as(admin(org)).queryParam("from", "2025-05-26T08:00:00Z").queryParam("to", "2025-06-02T08:00:00Z")
                .get("/api/v1/orgs/{org}/calendar/business-duration", org).then().statusCode(200)
                // Mon 10:00–17:30 (6.5h) + Tue 8h + Wed 8h + Mon 8:30–10:00 (1.5h) = 24h
                .body("minutes", equalTo(24 * 60), "duration", equalTo("PT24H"));
        // Friday closes at 16:30.
        as(admin(org)).queryParam("from", "2025-06-06T12:00:00Z").queryParam("to", "2025-06-06T18:00:00Z")
                .get("/api/v1/orgs/{org}/calendar/business-duration", org).then()
                .body("minutes", equalTo(150));
    }

    @Test
    void business_time_follows_a_changed_calendar_and_time_zone_at_once() {
        // Friday 6 June 2025, 14:00–20:00 Paris: open until 16:30 (the calendar, now kept in memory, is read here).
        assertFridayAfternoon(150);
        List<Map<String, String>> week = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            week.add(Map.of("day", day, "opens", "08:30", "closes", "12:30"));
            week.add(Map.of("day", day, "opens", "13:30", "closes", "17:30"));
        }
        as(admin(org)).header("If-Match", "\"1\"").body(Map.of("holidayZone", "FR", "openingHours", week))
                .put("/api/v1/orgs/{org}/calendar", org).then().statusCode(200);
        assertFridayAfternoon(210); // until 17:30 now
        String etag = as(admin(org)).get("/api/v1/orgs/{org}", org).then().extract().header("ETag");
        as(admin(org)).header("If-Match", etag)
                .body(Map.of("name", "Agence de Cayenne", "kind", "IT_AGENCY", "timeZone", "America/Cayenne"))
                .put("/api/v1/orgs/{org}", org).then().statusCode(200);
        assertFridayAfternoon(300); // 9:00–15:00 in Cayenne: 3.5 h in the morning, 1.5 h after lunch
    }

    private void assertFridayAfternoon(int minutes) {
        as(admin(org)).queryParam("from", "2025-06-06T12:00:00Z").queryParam("to", "2025-06-06T18:00:00Z")
                .get("/api/v1/orgs/{org}/calendar/business-duration", org).then().statusCode(200)
                .body("minutes", equalTo(minutes));
    }

    @Test
    void a_deadline_in_business_hours_jumps_over_the_weekend_and_whit_monday() {
        // Friday 6 June 2025 15:30 Paris + 4 business hours: 1h on Friday, Monday 9 June is Whit Monday,
        // then 3h on Tuesday from 8:30 → 11:30 Paris = 09:30Z.
        as(admin(org)).queryParam("from", "2025-06-06T13:30:00Z").queryParam("hours", 4)
                .get("/api/v1/orgs/{org}/calendar/business-deadline", org).then().statusCode(200)
                .body("due", equalTo("2025-06-10T09:30:00Z"));
    }

    @Test
    void days_off_list_public_holidays_and_closures() {
        as(admin(org)).queryParam("year", 2025).header("Accept-Language", "fr")
                .get("/api/v1/orgs/{org}/calendar/days-off", org).then().statusCode(200)
                .body("items.size()", equalTo(12),
                        "items.date", hasItems("2025-01-01", "2025-04-21", "2025-05-29", "2025-05-30", "2025-06-09",
                                "2025-07-14", "2025-12-25"));
    }

    @Test
    void moselle_has_two_more_public_holidays() {
        as(admin(org)).get("/api/v1/orgs/{org}/calendar", org).then().extract().path("version");
        var calendar = as(admin(org)).get("/api/v1/orgs/{org}/calendar", org).then().extract().jsonPath();
        as(admin(org)).header("If-Match", "\"1\"")
                .body(Map.of("holidayZone", "FR-57", "openingHours", calendar.getList("openingHours")))
                .put("/api/v1/orgs/{org}/calendar", org).then().statusCode(200);
        as(admin(org)).queryParam("year", 2025).get("/api/v1/orgs/{org}/calendar/days-off", org).then()
                .body("items.size()", equalTo(13), "items.date", hasItems("2025-04-18", "2025-12-26"));
    }

    @Test
    void invalid_calendars_are_refused() {
        as(admin(org)).header("If-Match", "\"1\"").body(Map.of("holidayZone", "FR", "openingHours",
                List.of(Map.of("day", "MONDAY", "opens", "12:00", "closes", "09:00"))))
                .put("/api/v1/orgs/{org}/calendar", org).then().statusCode(422);
        as(admin(org)).header("If-Match", "\"1\"").body(Map.of("holidayZone", "FR", "openingHours",
                List.of(Map.of("day", "MONDAY", "opens", "08:00", "closes", "12:00"),
                        Map.of("day", "MONDAY", "opens", "11:00", "closes", "14:00"))))
                .put("/api/v1/orgs/{org}/calendar", org).then().statusCode(422);
        as(admin(org)).header("If-Match", "\"1\"").body(Map.of("holidayZone", "DE", "openingHours",
                List.of(Map.of("day", "MONDAY", "opens", "08:00", "closes", "12:00"))))
                .put("/api/v1/orgs/{org}/calendar", org).then().statusCode(422);
        as(admin(org)).header("If-Match", "\"1\"").body(Map.of("holidayZone", "FR", "openingHours", List.of()))
                .put("/api/v1/orgs/{org}/calendar", org).then().statusCode(400);
        as(admin(org)).queryParam("from", "yesterday").queryParam("to", "2025-01-01T00:00:00Z")
                .get("/api/v1/orgs/{org}/calendar/business-duration", org).then().statusCode(400);
        as(admin(org)).get("/api/v1/orgs/{org}/calendar", org).then().body("version", equalTo(1));
    }
}
