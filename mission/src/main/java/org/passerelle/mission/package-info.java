/**
 * Mission reporting: the société à mission framework, indicators bound to core SPI sources, the comité de
 * mission, Sésame self-evaluation, OTI verification and the yearly report. Never imports ticketing or
 * training: their figures arrive through the indicator SPI.
 */
package org.passerelle.mission;
