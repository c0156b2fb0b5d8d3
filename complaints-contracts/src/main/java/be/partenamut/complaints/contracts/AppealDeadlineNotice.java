package be.partenamut.complaints.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The policy's warning in the complaints service's result: handling the complaint does not suspend the
 * time limits for an appeal to the courts. One wording per language, kept here so the letter the member reads
 * (notification) and what the officer sees before answering (office) are the same sentence, not two copies
 * that drift apart.
 */
public final class AppealDeadlineNotice {

    private static final Map<Language, String> TEXTS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            TEXTS.put(language, load(language));
        }
    }

    private AppealDeadlineNotice() {
    }

    /** The notice in {@code language}, as the member reads it in the complaints service's result. */
    public static String in(Language language) {
        return TEXTS.get(language);
    }

    /** As {@link #in(Language)}, for a language code ({@code fr}, {@code nl}, {@code de}); templates call this. */
    public static String in(String languageCode) {
        return in(Language.fromCode(languageCode));
    }

    private static String load(Language language) {
        String name = "appeal-deadline-notice_" + language.code() + ".txt";
        try (InputStream in = AppealDeadlineNotice.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
