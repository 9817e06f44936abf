package org.passerelle.training.course;

/**
 * The general objective of a course as the BPF (cerfa 10443, section F-3) classifies it: a certification of
 * the RNCP or the répertoire spécifique, a CQP, other professional training, a skills assessment, or support
 * for a VAE.
 */
public enum BpfObjective {
    RNCP_CERTIFICATION, RS_CERTIFICATION, CQP, OTHER_PROFESSIONAL, SKILLS_ASSESSMENT, VAE
}
