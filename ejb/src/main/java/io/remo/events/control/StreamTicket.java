package io.remo.events.control;

import java.time.Instant;

/** A ticket that opens one event stream of a project, once, until {@code expiresAt}. */
public record StreamTicket(String ticket, Instant expiresAt) {
}
