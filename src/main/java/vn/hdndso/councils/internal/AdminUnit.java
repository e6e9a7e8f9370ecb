package vn.hdndso.councils.internal;

/**
 * One row of the bundled administrative-unit list.
 *
 * @param type "Xã", "Phường" or "Đặc khu"
 */
record AdminUnit(
        String provinceCode, String provinceFullName, String code, String name, String fullName, String type) {}
