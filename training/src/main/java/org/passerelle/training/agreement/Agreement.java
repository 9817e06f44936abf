package org.passerelle.training.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.passerelle.core.document.Doc;
import org.passerelle.core.document.MarkdownRenderer;
import org.passerelle.core.i18n.Texts;
import org.passerelle.training.course.CourseView;
import org.passerelle.training.enrolment.FundingSource;
import org.passerelle.training.session.SessionView;

/**
 * The facts of a convention de formation simplifiée (articles L6353-1 and L6353-2 of the code du travail) between
 * the organisation and a member structure for one session, and its text. Its version is a fingerprint of the
 * French text, so any change of a fact the contact accepts makes a new version.
 */
record Agreement(String organisation, String siren, UUID memberId, String member, CourseView course,
        SessionView session, ZoneId zone, List<String> trainees, BigDecimal priceExclTax, BigDecimal vatRate,
        List<FundingSource> fundingSources) {

    BigDecimal vat() {
        return vatRate == null ? BigDecimal.ZERO.setScale(2)
                : priceExclTax.multiply(vatRate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    BigDecimal priceInclTax() {
        return priceExclTax.add(vat());
    }

    String version() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(MarkdownRenderer.render(text(Locale.FRENCH).build()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The agreement as a document, its version at its foot. */
    Doc document(String version, Locale locale) {
        Texts t = new Texts(locale, "training.doc.agreement");
        return text(locale).paragraph(t.get("version", version)).build();
    }

    AgreementView view(String version, boolean accepted) {
        return new AgreementView(memberId, member, session.id(), course.code(), course.title(), session.startsAt(),
                session.endsAt(), course.durationHours(), trainees, priceExclTax, vatRate, vat(), priceInclTax(),
                fundingSources, version, accepted);
    }

    private Doc.Builder text(Locale locale) {
        Texts t = new Texts(locale, "training.doc.agreement");
        boolean fr = "fr".equals(t.language());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        Doc.Builder d = new Doc.Builder(t.get("title"), organisation + " — " + course.code(), t.language());
        d.heading(1, t.get("parties"));
        d.paragraph(t.get("provider", organisation, siren == null ? "" : t.get("siren", siren)));
        d.paragraph(t.get("beneficiary", member));
        d.paragraph(t.get("legal"));
        d.heading(1, t.get("object"));
        d.paragraph(t.get("object.text", course.title(), course.code()));
        d.heading(1, t.get("objectives"));
        d.paragraph(course.objectives());
        d.paragraph(t.get("programme", course.code()));
        d.heading(1, t.get("schedule"));
        String from = session.startsAt() == null ? "—" : day.format(session.startsAt().atZone(zone));
        String to = session.endsAt() == null ? "—" : day.format(session.endsAt().atZone(zone));
        d.table(List.of(t.get("item"), t.get("value")), List.of(
                List.of(t.get("dates"), t.get("dates.value", from, to)),
                List.of(t.get("duration"), t.get("duration.value", number(course.durationHours(), fr))),
                List.of(t.get("place"), session.place() != null ? session.place() : t.get("remote"))));
        d.heading(1, t.get("trainees"));
        d.paragraph(t.get("trainees.count", Integer.toString(trainees.size())));
        d.bullets(trainees);
        d.heading(1, t.get("price"));
        d.table(List.of(t.get("item"), t.get("value")), List.of(
                List.of(t.get("price-excl"), euros(priceExclTax, t, fr)),
                List.of(t.get("vat"), vatRate == null ? t.get("vat.exempt")
                        : t.get("vat.rate", number(vatRate, fr)) + " : " + euros(vat(), t, fr)),
                List.of(t.get("price-incl"), euros(priceInclTax(), t, fr))));
        d.heading(1, t.get("funding"));
        d.bullets(fundingSources.stream().map(f -> t.get("funding." + f.name())).toList());
        return d;
    }

    /** Amounts to the cent with the language's decimal mark and no grouping ("2100,00 €"). */
    private static String euros(BigDecimal amount, Texts t, boolean fr) {
        String n = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return t.get("euros", fr ? n.replace('.', ',') : n);
    }

    private static String number(BigDecimal n, boolean fr) {
        String s = n.stripTrailingZeros().toPlainString();
        return fr ? s.replace('.', ',') : s;
    }
}
