package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.office.complaint.query.QueueCursor;
import be.partenamut.complaints.office.complaint.query.QueueFilter;
import be.partenamut.complaints.office.complaint.query.SlaState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A queue's query string as the API and the page read it: empty means no filter, a wrong value is named. */
class QueueRequestTest {

    @Test
    void readsEveryFilterAndTakesAnEmptyChoiceForNone() {
        assertThat(QueueRequest.filter("acknowledged", "WARNED", "PHONE", "REIMBURSEMENT", " Peeters "))
                .isEqualTo(new QueueFilter(ComplaintStatus.ACKNOWLEDGED, SlaState.WARNED, Channel.PHONE, "REIMBURSEMENT", "Peeters"));
        assertThat(QueueRequest.filter("", "", "", "", "")).isEqualTo(QueueFilter.NONE);
        assertThat(QueueRequest.cursor("")).isNull();
    }

    @Test
    void namesTheParameterWhoseValueNamesNothing() {
        assertThatThrownBy(() -> QueueRequest.filter("SOLVED", null, null, null, null))
                .isInstanceOfSatisfying(InvalidQueueRequestException.class, e -> assertThat(e.parameter()).isEqualTo("status"));
        assertThatThrownBy(() -> QueueRequest.filter(null, null, "PIGEON", null, null))
                .isInstanceOfSatisfying(InvalidQueueRequestException.class, e -> assertThat(e.parameter()).isEqualTo("channel"));
        assertThatThrownBy(() -> QueueRequest.filter(null, null, null, "drop table", null))
                .isInstanceOfSatisfying(InvalidQueueRequestException.class, e -> assertThat(e.parameter()).isEqualTo("category"));
        assertThatThrownBy(() -> QueueRequest.filter(null, null, null, null, "x".repeat(101)))
                .isInstanceOfSatisfying(InvalidQueueRequestException.class, e -> assertThat(e.parameter()).isEqualTo("q"));
        for (String cursor : new String[]{"not-a-cursor", "%%%", "bm90LWEtY3Vyc29y"}) {
            assertThatThrownBy(() -> QueueRequest.cursor(cursor))
                    .isInstanceOfSatisfying(InvalidQueueRequestException.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
        }
    }

    @Test
    void givesBackTheCursorAPageGaveOut() {
        QueueCursor cursor = new QueueCursor(LocalDate.of(2026, 12, 24), UUID.randomUUID());

        assertThat(QueueRequest.cursor(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("2026-12-24").matches("[A-Za-z0-9_-]+");
    }
}
