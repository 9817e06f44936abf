package org.passerelle.inclusion.equipment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A device of a lot: its serial number (unique in the organisation) and model. */
public record ItemData(@NotBlank @Size(max = 100) String serialNumber, @Size(max = 200) String model) {
}
