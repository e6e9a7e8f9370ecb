package vn.hdndso.councils;

/** The kind of administrative unit a council belongs to. */
public enum CouncilType {
    XA,
    PHUONG,
    DAC_KHU,
    TINH,
    THANH_PHO;

    /** Province-level councils (the city's own council). */
    public boolean isProvincial() {
        return this == TINH || this == THANH_PHO;
    }

    /** The message key of the type's name ("Xã", "Phường", ...). */
    public String messageKey() {
        return "council.type." + name();
    }
}
