package org.passerelle.core.validation;

/** The Luhn checksum used by INSEE for SIREN and SIRET numbers. */
public final class Luhn {

    private Luhn() {
    }

    public static boolean isValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    public static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
