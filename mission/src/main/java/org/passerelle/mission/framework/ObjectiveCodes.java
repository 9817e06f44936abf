package org.passerelle.mission.framework;

import java.util.Comparator;

/** Orders objective codes as people read them: "2" before "10", "1.2" before "1.10". */
final class ObjectiveCodes {

    static final Comparator<ObjectiveView> ORDER = Comparator.comparing(ObjectiveView::code, ObjectiveCodes::compare);

    private ObjectiveCodes() {
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
