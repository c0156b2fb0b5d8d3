package be.partenamut.complaints.notification.recipient;

import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.personaldata.PersonalData;

/** How a message greets the member and a letter heads its address block. */
public final class MemberNames {

    private MemberNames() {
    }

    /** "First Last", opened in memory; null when neither name can be read. */
    public static String fullName(PersonalData.Opener opener, SealedText firstName, SealedText lastName) {
        String first = opener.text(PersonalFields.FIRST_NAME, firstName);
        String last = opener.text(PersonalFields.LAST_NAME, lastName);
        String name = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return name.isEmpty() ? null : name;
    }
}
