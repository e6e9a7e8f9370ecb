package vn.hdndso.notifications.internal;

/** A template's text in one language. */
record Rendered(String subject, String body) {}
