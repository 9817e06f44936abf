/**
 * Training: catalogue, sessions, enrolment, attendance, evaluations, certificates, trainers, Qualiopi
 * evidence and the BPF. Depends on core only; contributes indicator sources to the core SPI.
 */
package org.passerelle.training;
