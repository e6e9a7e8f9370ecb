/** The webhooks module's implementations: subscriptions, the fan-out of events, the delivery job. */
@NullMarked
package vn.hdndso.webhooks.internal;

import org.jspecify.annotations.NullMarked;
