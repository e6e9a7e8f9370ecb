package vn.hdndso.notifications;

import vn.hdndso.identity.CurrentUser;

/**
 * A person's own notification preferences: channels, language, opt-out. Works in the person's own
 * council whatever the request's scope (call it outside a transaction).
 */
public interface NotificationPreferences {

    Preference of(CurrentUser me);

    /** Saves the choice; an unknown language is refused ({@code notify.preference.language}). */
    Preference save(CurrentUser me, Preference preference);
}
