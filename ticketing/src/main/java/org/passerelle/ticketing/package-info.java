/**
 * Ticketing: member support requests, routing by category to teams, N1/N2 levels, business-hours SLAs,
 * satisfaction and statistics. Depends on core only; contributes indicator sources to the core SPI.
 */
package org.passerelle.ticketing;
