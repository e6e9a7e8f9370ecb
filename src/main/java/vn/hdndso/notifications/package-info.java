/**
 * Reaching people outside the app: e-mail, SMS, Zalo Official Account and web push. Other modules
 * queue messages in their own transaction; the module delivers them at least once through the
 * channel adapters ({@link vn.hdndso.notifications.ChannelAdapter}), with retries, delivery status
 * and audit. This module uses no module above it: sessions, petitions, oversight and plans call it.
 * Docs: docs/notifications.md.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"councils", "identity", "shared"})
@NullMarked
package vn.hdndso.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
