package vn.hdndso.notifications;

/** A way of reaching a person outside the app. */
public enum Channel {
    /** E-mail over SMTP; the address is an e-mail address. */
    EMAIL,
    /** SMS through an HTTP gateway; the address is a Vietnamese phone number. */
    SMS,
    /** A Zalo Official Account message; the address is the follower's Zalo user id. */
    ZALO,
    /** Web push to the browsers a person allowed; the address is the account id (all its subscriptions). */
    WEB_PUSH
}
