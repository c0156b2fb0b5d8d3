package be.partenamut.complaints.support.logging;

import java.util.regex.Pattern;

/**
 * The last line of defence for the logs. The code never logs personal data (it logs complaint ids
 * and references); this masks what could still slip in through a library's message or an
 * exception: email addresses, national register numbers, member numbers and bank accounts.
 */
public final class PersonalDataMasking {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** Belgian national register number, with or without its separators (85.07.30-033.28). */
    private static final Pattern NATIONAL_REGISTER_NUMBER =
            Pattern.compile("\\b\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}\\.\\d{2}\\b|\\b\\d{11}\\b");
    private static final Pattern MEMBER_NUMBER = Pattern.compile("\\b\\d{9,13}\\b");
    private static final Pattern IBAN = Pattern.compile("\\bBE\\d{2}(?:\\s?\\d{4}){3}\\b");

    private PersonalDataMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = EMAIL.matcher(text).replaceAll("***@***");
        masked = IBAN.matcher(masked).replaceAll("BE** **** **** ****");
        masked = NATIONAL_REGISTER_NUMBER.matcher(masked).replaceAll("***********");
        return MEMBER_NUMBER.matcher(masked).replaceAll("*********");
    }
}
