package org.passerelle.training.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.passerelle.training.enrolment.FundingSource;

/**
 * A member structure's training agreement for one session, as the PDF states it.
 *
 * @param trainees        the structure's agents holding a seat in the session
 * @param hours           the duration per trainee, in hours
 * @param priceExclTax    the sum of the trainees' prices, excluding VAT (an enrolment's own price, else the course's)
 * @param vatRate         the VAT rate in percent; null when the organisation is exempt (article 261-4-4° a CGI)
 * @param fundingSources  who funds the trainees' places, as their enrolments say
 * @param version         a fingerprint of the agreement's text: it changes with any fact of the agreement
 * @param accepted        whether this version was accepted by the structure's contact
 */
public record AgreementView(UUID memberId, String memberName, UUID sessionId, String courseCode, String courseTitle,
        @Nullable Instant startsAt, @Nullable Instant endsAt, BigDecimal hours, List<String> trainees,
        BigDecimal priceExclTax, @Nullable BigDecimal vatRate, BigDecimal vat, BigDecimal priceInclTax,
        List<FundingSource> fundingSources, String version, boolean accepted) {
}
