package be.partenamut.complaints.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * Personal data as it travels and rests: text sealed (authenticated encryption) with the key of the
 * complaint it belongs to, itself protected by the member's key. Only a service with access to the
 * key vault can open it, and no one can once the member's data is erased. On the wire it is a plain
 * JSON string ({@code "pd1.…"}).
 */
public record SealedText(String value) {

    public SealedText {
        Objects.requireNonNull(value, "sealed value");
    }

    @JsonCreator
    public static SealedText of(String value) {
        return new SealedText(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Never the content, even sealed: a log line has no use for it. */
    @Override
    public String toString() {
        return "SealedText[" + value.length() + " chars]";
    }
}
