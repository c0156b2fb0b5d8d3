package be.partenamut.complaints.notification.letter;

import be.partenamut.complaints.contracts.Language;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Lays out a message to a member as an A4 letter (PDF) for members without an email address: the
 * complaints service's address, the member's name above an address block the mail room completes
 * (the platform holds no postal address: the member registry is intake's), place and date, reference,
 * subject, then the very text of the email. The frame's words are files per language, under
 * {@code templates/letters/letter_<lang>.properties}.
 *
 * <p>The font is Liberation Sans, which OpenPDF ships, embedded as a subset: every character of a name
 * prints, not only those of one code page. The document carries no title or other metadata that could
 * name the member.
 */
@Component
public class LetterRenderer {

    static final String LOCATION = "templates/letters/letter_";
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private final Map<Language, Properties> frames = new EnumMap<>(Language.class);
    private final BaseFont baseFont;

    public LetterRenderer() {
        for (Language language : Language.values()) {
            frames.put(language, load(language));
        }
        this.baseFont = font();
    }

    /**
     * @param recipientName the member's name as it heads the address block; null when it cannot be read
     * @param reference     the complaint's reference
     * @param body          the message, paragraphs separated by blank lines
     */
    public Rendered render(Language language, String recipientName, String reference, String subject, String body,
                           LocalDate date) {
        return render(language, recipientName, reference, null, subject, body, date);
    }

    /**
     * @param reference    the complaint's reference; null for a declined submission, which has none
     * @param memberNumber printed when there is no reference, so the mail room can find the member's
     *                     address; null otherwise
     */
    public Rendered render(Language language, String recipientName, String reference, String memberNumber,
                           String subject, String body, LocalDate date) {
        Properties frame = frames.get(language);
        Font normal = new Font(baseFont, 10.5f);
        Font small = new Font(baseFont, 8.5f);
        Font strong = new Font(baseFont, 10.5f, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 70, 60, 45, 55);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(frame.getProperty("page"), small));
            document.addCreator("Partenamut");
            document.open();

            document.add(new Paragraph(frame.getProperty("sender"), strong));
            document.add(new Paragraph(frame.getProperty("contact"), small));

            // The address block where a window envelope shows it: right half, a few lines down.
            PdfPTable address = new PdfPTable(new float[] {1, 1});
            address.setWidthPercentage(100);
            address.setSpacingBefore(22);
            address.setSpacingAfter(16);
            address.addCell(blank());
            PdfPCell recipient = blank();
            Paragraph lines = new Paragraph();
            if (recipientName != null) {
                lines.add(new Phrase(recipientName + "\n", normal));
            }
            lines.add(new Phrase(frame.getProperty("addressPlaceholder"), normal));
            recipient.addElement(lines);
            recipient.setMinimumHeight(56);
            address.addCell(recipient);
            document.add(address);

            String formattedDate = date.format(DateTimeFormatter.ofPattern(frame.getProperty("datePattern"),
                    language.locale()));
            Paragraph placeAndDate = new Paragraph(frame.getProperty("placeAndDate").replace("{date}", formattedDate),
                    normal);
            placeAndDate.setAlignment(Element.ALIGN_RIGHT);
            placeAndDate.setSpacingAfter(12);
            document.add(placeAndDate);

            if (reference != null && !reference.isBlank()) {
                document.add(new Paragraph(frame.getProperty("reference").replace("{reference}", reference), normal));
            }
            if (memberNumber != null) {
                document.add(new Paragraph(frame.getProperty("memberNumber").replace("{memberNumber}", memberNumber),
                        normal));
            }
            Paragraph subjectLine = new Paragraph(frame.getProperty("subject").replace("{subject}", subject), strong);
            subjectLine.setSpacingAfter(12);
            document.add(subjectLine);

            for (String paragraph : body.strip().split("\\n\\s*\\n")) {
                Paragraph text = new Paragraph(13f, paragraph.strip(), normal);
                text.setSpacingAfter(6);
                document.add(text);
            }
            int pages = writer.getPageNumber(); // the page being written: after close() it counts one more
            document.close();
            return new Rendered(out.toByteArray(), pages);
        } catch (DocumentException e) {
            throw new IllegalStateException("the letter could not be laid out: " + e.getMessage(), e);
        }
    }

    /** The letter as a PDF, and how many pages it has (the print room counts paper). */
    public record Rendered(byte[] pdf, int pages) {

        @Override
        public String toString() {
            return "Rendered[" + pdf.length + " bytes, " + pages + " page(s)]";
        }
    }

    private static PdfPCell blank() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        return cell;
    }

    private static Properties load(Language language) {
        String name = LOCATION + language.code() + ".properties";
        try (InputStream stream = LetterRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (stream == null) {
                throw new IllegalStateException("no letter frame " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the letter font " + FONT + " is missing from OpenPDF", e);
        }
    }

    /** "Page n" at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final String label;
        private final Font font;

        PageNumbers(String label, Font font) {
            this.label = label;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(label.replace("{page}", String.valueOf(writer.getPageNumber())), font),
                    (document.left() + document.right()) / 2, document.bottom() - 25, 0);
        }
    }
}
