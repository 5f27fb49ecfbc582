package org.staffcast.api.master;

/** How contacts reach a queue. */
public enum Channel {
    VOICE, CHAT, EMAIL, BACKOFFICE
}
