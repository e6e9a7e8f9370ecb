/** The notifications module's implementations: the outbox, its delivery job and the channel adapters. */
@NullMarked
package vn.hdndso.notifications.internal;

import org.jspecify.annotations.NullMarked;
