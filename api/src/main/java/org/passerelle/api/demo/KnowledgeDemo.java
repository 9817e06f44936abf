package org.passerelle.api.demo;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.ticketing.knowledge.ArticleData;
import org.passerelle.ticketing.knowledge.ArticleService;
import org.passerelle.ticketing.knowledge.ArticleView;
import org.passerelle.ticketing.knowledge.Visibility;
import org.passerelle.ticketing.reply.CannedReplyData;
import org.passerelle.ticketing.reply.CannedReplyService;

/**
 * The agency's knowledge base for its most asked-about services (Kaila, Sedna, Ciril, maintenance, Zimbra),
 * as its support portal offers documentation, and two canned replies.
 */
@ApplicationScoped
class KnowledgeDemo {

    private final ArticleService articles;
    private final CannedReplyService replies;

    KnowledgeDemo(ArticleService articles, CannedReplyService replies) {
        this.articles = articles;
        this.replies = replies;
    }

    void load(OrgAccess asAgent, Map<String, UUID> category, UUID softwareTeam) {
        publish(asAgent, new ArticleData("Kaila : un mandat reste bloqué « à valider »", """
                Un mandat reste au statut « à valider » lorsque la ligne budgétaire n'a plus de crédits disponibles.

                1. Ouvrez le mandat et notez son imputation (chapitre, article, fonction).
                2. Dans Budget > Consultation des disponibles, vérifiez le disponible de la ligne.
                3. S'il est insuffisant, faites un virement de crédits ou une décision modificative.
                4. Revenez sur le mandat et validez-le à nouveau.

                Si le disponible est suffisant et que le blocage persiste, déposez une demande en joignant une
                capture d'écran du message affiché.""", category.get("Finances (AFI) Kaila"), Visibility.MEMBERS));
        publish(asAgent, new ArticleData("Sedna : l'ordre des étapes d'une paie mensuelle", """
                Pour éviter les bulletins incomplets, respectez l'ordre suivant chaque mois :

                1. Saisie des éléments variables (heures supplémentaires, absences, primes).
                2. Calcul de la paie, puis contrôle du journal de paie.
                3. Édition des bulletins et vérification de quelques bulletins types.
                4. Génération de la DSN et dépôt sur net-entreprises.fr avant le 5 ou le 15 du mois suivant.
                5. Mandatement des salaires dans Kaila.

                Un bulletin d'agent contractuel qui ne sort pas vient presque toujours d'un contrat dont la date de
                fin est dépassée : prolongez le contrat, puis relancez le calcul.""",
                category.get("Paie / GRH (AFI) Sedna"), Visibility.MEMBERS));
        publish(asAgent, new ArticleData("Ciril Finances : éditer un bordereau de mandats", """
                Menu Dépenses > Bordereaux > Édition. Choisissez l'exercice et le numéro de bordereau, puis
                « Aperçu ». Un bordereau n'est éditable qu'une fois tous ses mandats validés ; sinon, la liste des
                mandats restant à valider s'affiche.""", category.get("Finances (Ciril)"), Visibility.MEMBERS));
        publish(asAgent, new ArticleData("Imprimante hors ligne : les vérifications avant d'appeler le support", """
                1. Vérifiez que l'imprimante est allumée et qu'aucun message n'apparaît sur son écran (bourrage,
                   toner, bac vide).
                2. Éteignez-la 30 secondes, puis rallumez-la.
                3. Sur le poste, ouvrez Paramètres > Imprimantes : si elle apparaît « hors connexion », débranchez
                   et rebranchez le câble réseau.
                4. Si un seul poste est concerné, redémarrez ce poste.

                Toujours hors ligne ? Déposez une demande « Maintenance hors serveurs » en précisant le modèle et
                l'emplacement de l'imprimante.""", category.get("Maintenance hors serveurs"), Visibility.PUBLIC));
        publish(asAgent, new ArticleData("Messagerie Zimbra : programmer un message d'absence", """
                Dans Zimbra, ouvrez Préférences > Messages d'absence, cochez « Envoyer un message d'absence »,
                saisissez le texte et les dates de début et de fin, puis Enregistrer. Le message est envoyé une
                fois par expéditeur pendant la période.""", category.get("Messagerie Zimbra"), Visibility.PUBLIC));
        publish(asAgent, new ArticleData("Procédure interne : escalade N2 d'un incident Kaila", """
                Avant d'escalader : reproduire sur la base de formation, joindre le journal applicatif et la
                version de Kaila. Escalader au N2 si le blocage empêche un mandatement de paie ou concerne plus de
                trois collectivités.""", category.get("Finances (AFI) Kaila"), Visibility.STAFF));
        replies.create(asAgent, new CannedReplyData("Demande de capture d'écran", """
                Bonjour {{requester}},

                Pour avancer sur votre demande {{reference}}, pourriez-vous nous envoyer une capture d'écran du
                message d'erreur, ainsi que l'heure à laquelle il est apparu ?

                Bien cordialement,
                {{agent}}, Pôle Service Logiciels""", softwareTeam));
    }

    private void publish(OrgAccess asAgent, ArticleData data) {
        ArticleView draft = articles.create(asAgent, data);
        articles.publish(asAgent, draft.id(), draft.version());
    }
}
