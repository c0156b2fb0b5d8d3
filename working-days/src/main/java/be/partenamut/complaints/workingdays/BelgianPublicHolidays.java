package be.partenamut.complaints.workingdays;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The ten legal public holidays of Belgium (law of 4 January 1974), for any year. Three follow
 * Easter, computed here by the Gregorian computus rather than taken from a table that would run
 * out. Easter Sunday and Whit Sunday are left out: they fall on a Sunday, which is never a working
 * day anyway.
 */
public final class BelgianPublicHolidays {

    private BelgianPublicHolidays() {
    }

    public static List<PublicHoliday> of(int year) {
        LocalDate easter = easterSunday(year);
        return List.of(
                new PublicHoliday(LocalDate.of(year, Month.JANUARY, 1), "NEW_YEAR", "Nouvel An", "Nieuwjaar"),
                new PublicHoliday(easter.plusDays(1), "EASTER_MONDAY", "Lundi de Pâques", "Paasmaandag"),
                new PublicHoliday(LocalDate.of(year, Month.MAY, 1), "LABOUR_DAY", "Fête du Travail", "Dag van de Arbeid"),
                new PublicHoliday(easter.plusDays(39), "ASCENSION", "Ascension", "Onze-Lieve-Heer-Hemelvaart"),
                new PublicHoliday(easter.plusDays(50), "WHIT_MONDAY", "Lundi de Pentecôte", "Pinkstermaandag"),
                new PublicHoliday(LocalDate.of(year, Month.JULY, 21), "NATIONAL_DAY", "Fête nationale", "Nationale feestdag"),
                new PublicHoliday(LocalDate.of(year, Month.AUGUST, 15), "ASSUMPTION", "Assomption",
                        "Onze-Lieve-Vrouw-Hemelvaart"),
                new PublicHoliday(LocalDate.of(year, Month.NOVEMBER, 1), "ALL_SAINTS", "Toussaint", "Allerheiligen"),
                new PublicHoliday(LocalDate.of(year, Month.NOVEMBER, 11), "ARMISTICE", "Armistice", "Wapenstilstand"),
                new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 25), "CHRISTMAS", "Noël", "Kerstmis"));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
