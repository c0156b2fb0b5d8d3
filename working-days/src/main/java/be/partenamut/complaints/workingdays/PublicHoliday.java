package be.partenamut.complaints.workingdays;

import java.time.LocalDate;

/**
 * A Belgian legal public holiday (jour férié légal / wettelijke feestdag).
 *
 * @param code   stable, e.g. {@code EASTER_MONDAY}
 * @param nameFr its French name
 * @param nameNl its Dutch name
 */
public record PublicHoliday(LocalDate date, String code, String nameFr, String nameNl) {
}
