/**
 * Digital inclusion programmes: equipment loans tied to training paths and competence diagnostic campaigns.
 * Depends on core only: training enrolments and courses are named by their ids, never by training classes.
 */
package org.passerelle.inclusion;
