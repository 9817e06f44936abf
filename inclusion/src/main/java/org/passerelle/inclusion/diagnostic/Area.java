package org.passerelle.inclusion.diagnostic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The five areas of the Pix reference framework (the DigComp 2.2 areas), numbered as Pix numbers them. */
@Schema(name = "CompetenceArea", description = "An area of the Pix / DigComp framework: 1 information and data, 2 communication and collaboration, 3 digital content creation, 4 safety, 5 digital environment (problem solving)")
public enum Area {
    INFORMATION(1, "Informations et données"),
    COMMUNICATION(2, "Communication et collaboration"),
    CONTENT_CREATION(3, "Création de contenu"),
    SAFETY(4, "Protection et sécurité"),
    DIGITAL_ENVIRONMENT(5, "Environnement numérique");

    final int number;
    final String fr;

    Area(int number, String fr) {
        this.number = number;
        this.fr = fr;
    }

    static Area numbered(int number) {
        return values()[number - 1];
    }
}
