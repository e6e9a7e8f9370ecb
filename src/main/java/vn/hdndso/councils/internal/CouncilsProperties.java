package vn.hdndso.councils.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How newly registered councils are set up. The defaults follow the two-level local government
 * of 2025 and the 2026–2031 term; they are not verified against every council and are meant to
 * be adjusted per installation (DOMAIN.md marks the term dates unverified).
 *
 * @param termName name of the current term created for each council
 * @param termStartsOn first day of that term
 * @param termEndsOn last day of that term
 * @param communeCommittees committees (Ban) of a commune-level council, as "name|symbol"
 * @param provincialCommittees committees of the province's own council, as "name|symbol"
 * @param communeExecutiveUnits units of a commune People's Committee, as "name|kind"
 */
@ConfigurationProperties("hdnd.councils")
record CouncilsProperties(
        String termName,
        LocalDate termStartsOn,
        LocalDate termEndsOn,
        List<String> communeCommittees,
        List<String> provincialCommittees,
        List<String> communeExecutiveUnits) {}
