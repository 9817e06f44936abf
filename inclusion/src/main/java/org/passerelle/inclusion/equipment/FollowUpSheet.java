package org.passerelle.inclusion.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.core.access.OrgAccess;
import org.passerelle.core.document.Doc;
import org.passerelle.core.i18n.Texts;
import org.passerelle.core.member.MemberService;
import org.passerelle.core.organisation.OrganisationService;
import org.passerelle.core.training.TrainingPaths.PathStep;

/**
 * The "fiche de suivi du bénéficiaire" of Mon ordi Pin40: who the beneficiary is and why eligible, the charter,
 * the device, the training path's progress and where the loan stands, with room for both signatures. French by
 * default, English on request; whoever reads the loan reads its sheet.
 */
@ApplicationScoped
public class FollowUpSheet {

    private final LoanService loans;
    private final MemberService members;
    private final OrganisationService organisations;

    FollowUpSheet(LoanService loans, MemberService members, OrganisationService organisations) {
        this.loans = loans;
        this.members = members;
        this.organisations = organisations;
    }

    public Doc of(OrgAccess caller, UUID loanId, Locale locale) {
        LoanService.FollowUp f = loans.followUp(caller, loanId);
        Texts t = new Texts(locale, "inclusion.sheet");
        BeneficiaryView b = f.beneficiary();
        LoanView loan = f.loan();
        PathView path = loan.path();
        Doc.Builder d = new Doc.Builder(t.get("title"), organisations.get(caller.orgId()).name(), t.language());
        d.heading(1, t.get("beneficiary"));
        String referrer = b.memberId() == null ? t.get("none")
                : members.names(caller.orgId(), Set.of(b.memberId())).getOrDefault(b.memberId(), t.get("none"));
        d.table(List.of(t.get("item"), t.get("value")), List.of(
                List.of(t.get("name"), b.name()),
                List.of(t.get("commune"), b.commune()),
                List.of(t.get("referrer"), referrer),
                List.of(t.get("eligibility"), t.get("eligibility." + b.eligibility().name())),
                List.of(t.get("charter"), b.charterSignedOn() == null ? t.get("charter.unsigned")
                        : t.get("charter.signed", date(b.charterSignedOn(), locale)))));
        d.paragraph(b.eligibilityNote());
        d.heading(1, t.get("device"));
        d.table(List.of(t.get("item"), t.get("value")), List.of(
                List.of(t.get("serial"), f.item().serialNumber()),
                List.of(t.get("model"), f.item().model() == null ? "—" : f.item().model()),
                List.of(t.get("lent-on"), date(loan.lentOn(), locale))));
        d.heading(1, t.get("path"));
        List<List<String>> steps = new ArrayList<>();
        for (PathStep s : path.steps()) {
            steps.add(List.of(s.courseTitle(), t.get("step." + s.status()), hours(s.hoursAttended(), t),
                    hours(s.plannedHours(), t)));
        }
        d.table(List.of(t.get("course"), t.get("status"), t.get("attended"), t.get("planned")), steps);
        d.paragraph(t.get("progress", path.stepsCompleted(), path.steps().size(), hours(path.hoursAttended(), t),
                hours(path.plannedHours(), t)));
        d.heading(1, t.get("loan"));
        List<String> outcome = new ArrayList<>();
        outcome.add(t.get("loan." + loan.status().name()));
        if (loan.pathEndedOn() != null) {
            outcome.add(t.get("path-ended", date(loan.pathEndedOn(), locale)));
        }
        if (loan.settledOn() != null) {
            outcome.add(t.get("settled", date(loan.settledOn(), locale)));
        }
        d.bullets(outcome);
        d.paragraph(loan.note());
        d.heading(1, t.get("signatures"));
        d.paragraph(t.get("signatures.text"));
        return d.build();
    }

    private static String hours(BigDecimal h, Texts t) {
        String n = h.stripTrailingZeros().toPlainString();
        return t.get("hours", "fr".equals(t.language()) ? n.replace('.', ',') : n);
    }

    private static String date(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }
}
