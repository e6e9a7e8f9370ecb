package vn.hdndso.notifications.internal;

import vn.hdndso.notifications.Delivery;

/** A message claimed by one instance for one attempt (its number counted from 1). */
record ClaimedMessage(Delivery delivery, int attempt) {}
