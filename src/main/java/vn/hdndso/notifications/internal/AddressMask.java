package vn.hdndso.notifications.internal;

/** Addresses as staff see them: enough to tell two apart, not enough to contact the person. */
final class AddressMask {

    private AddressMask() {}

    static String mask(String address) {
        int at = address.indexOf('@');
        if (at >= 0) {
            String domain = address.substring(at + 1);
            int dot = domain.lastIndexOf('.');
            String local = address.substring(0, at);
            return (local.isEmpty() ? "" : local.substring(0, 1)) + "***@***" + (dot >= 0 ? domain.substring(dot) : "");
        }
        return address.length() <= 3 ? "***" : "***" + address.substring(address.length() - 3);
    }
}
