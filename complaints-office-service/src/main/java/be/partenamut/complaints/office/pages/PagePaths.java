package be.partenamut.complaints.office.pages;

/** The pages' addresses that other parts name: where staff land, sign in, and are told of a refusal. */
public final class PagePaths {

    /** Where a signed-in member of staff lands (the queues). */
    public static final String HOME = "/queues";
    /** Spring Security's address that starts the sign-in at the provider (client complaints-office-ui). */
    public static final String SIGN_IN = "/oauth2/authorization/complaints-office-ui";
    /** Where a refused request (a form without its CSRF token, say) is answered with a page. */
    public static final String ACCESS_REFUSED = "/access-refused";
    /** Where a sign-in the provider or the office refused is explained (not again to the provider: no loop). */
    public static final String SIGN_IN_FAILED = "/sign-in-failed";

    private PagePaths() {
    }

    /**
     * {@code path} when it is a path of this office ({@code /queues?status=...}), else {@link #HOME}: a form's
     * return address never sends the browser to another site ({@code //elsewhere}, {@code https://...}).
     */
    public static String localOrHome(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return HOME;
        }
        return path;
    }
}
