package org.passerelle.training.enrolment;

import java.util.UUID;

/** An enrolment went to its end (COMPLETED): observed in the same transaction, e.g. to send the certificate. */
public record EnrolmentCompleted(UUID orgId, EnrolmentView enrolment) {
}
