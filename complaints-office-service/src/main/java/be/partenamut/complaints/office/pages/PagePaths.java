package be.partenamut.complaints.office.pages;

/** Addresses the pages send the browser back to. */
public final class PagePaths {

    /** Where a signed-in member of staff lands (the queues). */
    public static final String HOME = "/queues";

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
