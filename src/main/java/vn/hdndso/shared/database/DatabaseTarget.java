package vn.hdndso.shared.database;

/**
 * How to reach the database: the owner role runs migrations, the application role does
 * everything else under row-level security.
 */
record DatabaseTarget(String url, String ownerUser, String ownerPassword, String appUser, String appPassword) {}
