package be.partenamut.complaints.office.pages.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the office's pages: those of Brussels. French is the default. */
public enum OfficeLanguage {
    FR, NL;

    public static final OfficeLanguage DEFAULT = FR;

    /** The code the pages and the preferences use: {@code fr}, {@code nl}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<OfficeLanguage> ofCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values())
                .filter(language -> language.code().equalsIgnoreCase(code.strip()))
                .findFirst();
    }
}
