package org.passerelle.inclusion.equipment;

/** What kind of device a lot holds. */
public enum DeviceKind {
    LAPTOP, DESKTOP, TABLET, PHONE
}
