package be.partenamut.complaints.office.casework.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the complaint a member of staff saw before acting: the {@code If-Match} header holding the
 * {@code ETag} the complaint was shown with, or the {@code expectedVersion} field of the request's body (for a
 * client that cannot set headers). Absent: the command acts on the complaint as it stands, as before versions.
 *
 * @param version   the version; null when the request names none
 * @param fromIfMatch whether it came from {@code If-Match}: a change in the meantime then answers 412
 *                  (Precondition Failed, as HTTP says for a failed If-Match); from the body, 409
 */
public record ExpectedVersion(Long version, boolean fromIfMatch) {

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"|(\\d{1,18})");

    /** No version named: act on the complaint as it stands. */
    public static final ExpectedVersion NONE = new ExpectedVersion(null, false);

    /**
     * @throws InvalidVersionException when {@code If-Match} is neither {@code *} nor one of the complaint's
     *                                 entity tags, or names another version than the body
     */
    public static ExpectedVersion of(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return bodyVersion == null ? NONE : new ExpectedVersion(bodyVersion, false);
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidVersionException("If-Match must hold the ETag the complaint was shown with, such as "
                    + etag(3) + "; it holds " + ifMatch.strip() + ".");
        }
        long version = Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        if (bodyVersion != null && bodyVersion != version) {
            throw new InvalidVersionException("If-Match (" + version + ") and expectedVersion (" + bodyVersion
                    + ") name different versions of the complaint.");
        }
        return new ExpectedVersion(version, true);
    }

    /** The strong entity tag of a complaint's version, as its {@code ETag} header carries it. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
