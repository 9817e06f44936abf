package org.passerelle.inclusion.diagnostic;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sixteen competences of the Pix reference framework, built in rather than stored per organisation: Pix
 * Territoires campaigns all measure the same national framework, levels 1 to 8 (0: not reached). Codes are
 * Pix's ({@code 4.1}); the area is the code's first digit.
 */
public enum Competence {
    C1_1("1.1", "Mener une recherche et une veille d'information"),
    C1_2("1.2", "Gérer des données"),
    C1_3("1.3", "Traiter des données"),
    C2_1("2.1", "Interagir"),
    C2_2("2.2", "Partager et publier"),
    C2_3("2.3", "Collaborer"),
    C2_4("2.4", "S'insérer dans le monde numérique"),
    C3_1("3.1", "Développer des documents textuels"),
    C3_2("3.2", "Développer des documents multimédia"),
    C3_3("3.3", "Adapter les documents à leur finalité"),
    C3_4("3.4", "Programmer"),
    C4_1("4.1", "Sécuriser l'environnement numérique"),
    C4_2("4.2", "Protéger les données personnelles et la vie privée"),
    C4_3("4.3", "Protéger la santé, le bien-être et l'environnement"),
    C5_1("5.1", "Résoudre des problèmes techniques"),
    C5_2("5.2", "Construire un environnement numérique");

    /** Pix levels: 1–2 novice, 3–4 independent, 5–6 advanced, 7–8 expert; 0 when the test reached none. */
    public static final int MAX_LEVEL = 8;

    final String code;
    final String fr;

    Competence(String code, String fr) {
        this.code = code;
        this.fr = fr;
    }

    public Area area() {
        return Area.numbered(code.charAt(0) - '0');
    }

    static Optional<Competence> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    CompetenceView view() {
        return new CompetenceView(code, area(), area().fr, fr);
    }
}
