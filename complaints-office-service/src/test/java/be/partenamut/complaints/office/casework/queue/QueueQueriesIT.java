package be.partenamut.complaints.office.casework.queue;

import org.springframework.http.HttpEntity;
import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.CloseComplaintCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.EscalateComplaintCommand;
import be.partenamut.complaints.office.complaint.api.ReceiveComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaBreachCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaWarningCommand;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.office.complaint.query.ComplaintQueueProjection;
import be.partenamut.complaints.office.complaint.query.QueueCounts;
import be.partenamut.complaints.office.complaint.query.QueueCursor;
import be.partenamut.complaints.office.complaint.query.QueueFilter;
import be.partenamut.complaints.office.complaint.query.QueuePage;
import be.partenamut.complaints.office.complaint.query.QueueQueries;
import be.partenamut.complaints.office.complaint.query.QueuedComplaint;
import be.partenamut.complaints.office.complaint.query.SlaState;
import be.partenamut.complaints.office.complaint.query.WorkQueue;
import be.partenamut.complaints.office.privacy.MemberErasure;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queues staff work from, on the real event store and read model: what each queue holds, in which order,
 * filtered and searched, counted, and paged by keyset. Each test works in a department (or category) of its
 * own, so the complaints of other tests sharing the database do not change what it sees.
 */
class QueueQueriesIT extends OfficeIntegrationTest {

    private static final String HOME_CARE = "HOME_CARE";

    @Autowired
    private ComplaintCommandSender commands;
    @Autowired
    private QueueQueries queues;
    @Autowired
    private WorkingDayCalendar calendar;
    @Autowired
    private MemberErasure erasure;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PlatformTransactionManager transactions;
    private QueueSeeds seeds;

    @org.junit.jupiter.api.BeforeEach
    void seeds() {
        seeds = new QueueSeeds(commands, personalData, this::today);
    }

    @Test
    void listsTheOpenComplaintsOfTheQueueByDueDateTheOverdueFirstAndFiltersThem() {
        String department = uniqueCode("DEPT");
        LocalDate today = today();
        UUID dueInTenDays = receive(seed(department).due(today.plusDays(10)).channel(Channel.LETTER));
        UUID overdueSinceAWeek = receive(seed(department).due(today.minusDays(7)));
        UUID dueTomorrowAndWarned = receive(seed(department).due(today.plusDays(1)).channel(Channel.PHONE));
        send(new RecordSlaWarningCommand(ComplaintId.of(dueTomorrowAndWarned), AnsweringLine.FIRST_LINE, today.plusDays(1)));
        UUID breachedYesterday = receive(seed(department).due(today.minusDays(1)));
        send(new RecordSlaBreachCommand(ComplaintId.of(breachedYesterday), AnsweringLine.FIRST_LINE, today.minusDays(1)));
        UUID answeredDueInThreeDays = receive(seed(department).due(today.plusDays(3)));
        send(new AnswerAsFirstLineCommand(ComplaintId.of(answeredDueInThreeDays), sealed(answeredDueInThreeDays)));
        UUID closed = receive(seed(department).due(today.minusDays(20)));
        send(new AnswerAsFirstLineCommand(ComplaintId.of(closed), sealed(closed)));
        send(new CloseComplaintCommand(ComplaintId.of(closed), null));
        UUID escalated = receive(seed(department).due(today.minusDays(30)));
        send(new AnswerAsFirstLineCommand(ComplaintId.of(escalated), sealed(escalated)));
        send(new EscalateComplaintCommand(ComplaintId.of(escalated), null, Instant.now(), today.plusDays(25), UUID.randomUUID()));
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);
        WorkQueue queue = WorkQueue.ofDepartment(department);

        List<QueuedComplaint> open = queues.page(queue, QueueFilter.NONE, null, 50).complaints();

        assertThat(ids(open)).containsExactly(overdueSinceAWeek, breachedYesterday, dueTomorrowAndWarned,
                answeredDueInThreeDays, dueInTenDays);
        assertThat(open).extracting(QueuedComplaint::overdue).containsExactly(true, true, false, false, false);
        assertThat(open.get(0).workingDaysLeft()).isNegative();
        assertThat(open.get(4).workingDaysLeft()).isEqualTo(calendar.workingDaysBetween(today, today.plusDays(10)));
        assertThat(open).extracting(QueuedComplaint::slaState).containsExactly(SlaState.PENDING, SlaState.BREACHED,
                SlaState.WARNED, SlaState.ANSWERED, SlaState.PENDING);
        assertThat(open.get(4).channel()).isEqualTo(Channel.LETTER);
        assertThat(ids(filtered(queue, ComplaintStatus.FIRST_LINE_ANSWERED, null, null, null)))
                .containsExactly(answeredDueInThreeDays);
        assertThat(ids(filtered(queue, ComplaintStatus.CLOSED, null, null, null))).containsExactly(closed);
        assertThat(ids(filtered(queue, null, SlaState.WARNED, null, null))).containsExactly(dueTomorrowAndWarned);
        assertThat(ids(filtered(queue, null, SlaState.BREACHED, null, null))).containsExactly(breachedYesterday);
        assertThat(ids(filtered(queue, null, null, Channel.PHONE, null))).containsExactly(dueTomorrowAndWarned);
        assertThat(ids(filtered(queue, ComplaintStatus.ACKNOWLEDGED, null, Channel.WEB_FORM, "REIMBURSEMENT")))
                .containsExactly(overdueSinceAWeek, breachedYesterday);
        assertThat(ids(filtered(queue, null, null, null, "OTHER_CATEGORY"))).isEmpty();
        // Escalated: the complaints service's queue, with its own due date and a new period.
        QueuedComplaint inComplaintsService = queues.page(WorkQueue.complaintsService(),
                        new QueueFilter(null, null, null, null, reference(escalated)), null, 5).complaints().get(0);
        assertThat(inComplaintsService.complaintId()).isEqualTo(escalated);
        assertThat(inComplaintsService.dueDate()).isEqualTo(today.plusDays(25));
        assertThat(inComplaintsService.slaState()).isEqualTo(SlaState.PENDING);
        assertThat(inComplaintsService.overdue()).isFalse();
        assertThat(inComplaintsService.status()).isEqualTo(ComplaintStatus.ESCALATED);
    }

    @Test
    void showsASuggestionAsSuchNeverOverdueAndListsEachKindApartThroughTheApi() throws Exception {
        String department = uniqueCode("DEPT");
        UUID overdueComplaint = receive(seed(department).due(today().minusDays(7)));
        UUID suggestion = receive(seed(department).suggestion());
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);
        WorkQueue queue = WorkQueue.ofDepartment(department);

        List<QueuedComplaint> open = queues.page(queue, QueueFilter.NONE, null, 50).complaints();

        assertThat(ids(open)).containsExactlyInAnyOrder(overdueComplaint, suggestion);
        assertThat(open).filteredOn(QueuedComplaint::suggestion).singleElement().satisfies(line -> {
            assertThat(line.complaintId()).isEqualTo(suggestion);
            assertThat(line.kind()).isEqualTo(SubmissionKind.SUGGESTION);
            assertThat(line.overdue()).isFalse();
        });
        ResponseEntity<String> suggestions = asOfficer()
                .getForEntity("/api/v1/complaints?queue=" + department + "&kind=SUGGESTION", String.class);
        ResponseEntity<String> complaints = asOfficer()
                .getForEntity("/api/v1/complaints?queue=" + department + "&kind=complaint", String.class);
        ResponseEntity<String> unknown = asOfficer()
                .getForEntity("/api/v1/complaints?queue=" + department + "&kind=PRAISE", String.class);
        assertThat(json.readTree(suggestions.getBody())).singleElement().satisfies(line -> {
            assertThat(line.get("complaintId").asText()).isEqualTo(suggestion.toString());
            assertThat(line.get("kind").asText()).isEqualTo("SUGGESTION");
        });
        assertThat(json.readTree(complaints.getBody())).singleElement().satisfies(line -> {
            assertThat(line.get("complaintId").asText()).isEqualTo(overdueComplaint.toString());
            assertThat(line.get("kind").asText()).isEqualTo("COMPLAINT");
            assertThat(line.get("overdue").asBoolean()).isTrue();
        });
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        // Its page says it is a suggestion; the office refuses to escalate it, with a stable reason.
        JsonNode details = json.readTree(asOfficer().getForEntity("/api/v1/complaints/" + suggestion, String.class)
                .getBody());
        assertThat(details.get("kind").asText()).isEqualTo("SUGGESTION");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> escalation = asOfficer().postForEntity("/api/v1/complaints/" + suggestion + "/escalation",
                new HttpEntity<>("{\"reason\":\"Pas d'accord.\"}", headers), String.class);
        assertThat(escalation.getStatusCode()).as(escalation.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(escalation.getBody()).get("reason").asText()).isEqualTo("suggestion-not-escalable");
    }

    @Test
    void countsTheOpenComplaintsOfEveryQueueByStatusInOneQuery() {
        String department = uniqueCode("DEPT");
        String other = uniqueCode("DEPT");
        receive(seed(department));
        receive(seed(department));
        UUID answered = receive(seed(department));
        send(new AnswerAsFirstLineCommand(ComplaintId.of(answered), sealed(answered)));
        UUID closed = receive(seed(department));
        send(new AnswerAsFirstLineCommand(ComplaintId.of(closed), sealed(closed)));
        send(new CloseComplaintCommand(ComplaintId.of(closed), null));
        UUID escalated = receive(seed(department));
        send(new AnswerAsFirstLineCommand(ComplaintId.of(escalated), sealed(escalated)));
        send(new EscalateComplaintCommand(ComplaintId.of(escalated), null, Instant.now(), today().plusDays(25), UUID.randomUUID()));
        receive(seed(other));
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);

        QueueCounts everyQueue = queues.counts(WorkQueue.everyComplaint());
        QueueCounts oneDepartment = queues.counts(WorkQueue.ofDepartment(department));

        assertThat(everyQueue.of(WorkQueue.ofDepartment(department)).total()).isEqualTo(3);
        assertThat(everyQueue.of(WorkQueue.ofDepartment(department)).byStatus()).isEqualTo(Map.of(
                ComplaintStatus.ACKNOWLEDGED, 2L, ComplaintStatus.FIRST_LINE_ANSWERED, 1L));
        assertThat(everyQueue.of(WorkQueue.ofDepartment(other)).total()).isEqualTo(1);
        assertThat(everyQueue.of(WorkQueue.complaintsService()).byStatus().get(ComplaintStatus.ESCALATED))
                .isGreaterThanOrEqualTo(1L);
        assertThat(oneDepartment.queues()).extracting(QueueCounts.Count::queue)
                .containsExactly(WorkQueue.ofDepartment(department));
    }

    /**
     * Pages cover the queue once: every complaint that was there when the first page was read is on exactly
     * one page, while complaints keep arriving meanwhile (before and after the cursor), and no line repeats.
     */
    @Test
    void pagesByKeysetCoverEveryComplaintExactlyOnceWhileComplaintsArrive() throws Exception {
        String department = uniqueCode("DEPT");
        LocalDate today = today();
        Set<UUID> before = new HashSet<>();
        for (int i = 0; i < 45; i++) {
            // Few distinct due dates: many lines share one, so the id must break the ties.
            before.add(receive(seed(department).due(today.plusDays(ThreadLocalRandom.current().nextInt(-5, 6)))));
        }
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);
        AtomicBoolean paging = new AtomicBoolean(true);
        CompletableFuture<Integer> arrivals = CompletableFuture.supplyAsync(() -> {
            int arrived = 0;
            while (paging.get() && arrived < 40) {
                receive(seed(department).due(today.plusDays(ThreadLocalRandom.current().nextInt(-5, 6))));
                arrived++;
            }
            return arrived;
        });

        List<UUID> seen = new ArrayList<>();
        QueueCursor cursor = null;
        int pages = 0;
        do {
            QueuePage page = queues.page(WorkQueue.ofDepartment(department), QueueFilter.NONE, cursor, 7);
            seen.addAll(ids(page.complaints()));
            cursor = page.next();
            pages++;
            Thread.yield();
        } while (cursor != null);
        paging.set(false);

        assertThat(arrivals.get()).as("complaints that arrived while paging").isPositive();
        assertThat(pages).isGreaterThan(6);
        assertThat(seen).doesNotHaveDuplicates().containsAll(before);
    }

    @Test
    void findsAComplaintByReferenceMemberNumberOrNameButNoLongerAnErasedMember() {
        String department = uniqueCode("DEPT");
        String memberNumber = memberNumber();
        String reference = "PL-2026-" + uniqueCode("R").substring(2, 10);
        UUID byHelene = receive(seed(department).reference(reference).member(memberNumber, "Hélène", "Van den Bossche"));
        UUID other = receive(seed(department).member(memberNumber(), "Hélène", "Janssens"));
        String erasedNumber = memberNumber();
        UUID erased = receive(seed(department).member(erasedNumber, "Marc", "Verlinden"));
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);
        WorkQueue queue = WorkQueue.ofDepartment(department);

        assertThat(ids(search(queue, reference))).containsExactly(byHelene);
        assertThat(ids(search(queue, reference.substring(0, reference.length() - 2).toLowerCase()))).contains(byHelene)
                .doesNotContain(other);
        assertThat(ids(search(queue, memberNumber))).containsExactly(byHelene);
        assertThat(ids(search(queue, "van den bossche"))).containsExactly(byHelene);
        assertThat(ids(search(queue, "HELENE VAN-DEN BOSSCHE"))).containsExactly(byHelene);
        assertThat(ids(search(queue, "Hélène"))).as("a first name alone is no search key").isEmpty();
        assertThat(ids(search(queue, "Verlinden"))).containsExactly(erased);
        assertThat(ids(search(WorkQueue.ofDepartment(uniqueCode("DEPT")), memberNumber)))
                .as("outside the queue searched").isEmpty();

        erasure.erase(erasedNumber, "admin");
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);

        assertThat(search(queue, "Verlinden")).isEmpty();
        assertThat(search(queue, "Marc Verlinden")).isEmpty();
        assertThat(search(queue, erasedNumber)).isEmpty();
        assertThat(ids(queues.page(queue, QueueFilter.NONE, null, 10).complaints()))
                .as("the complaint stays in its queue, without its member").contains(erased);
        assertThat(jdbc.sql("""
                        select count(*) from complaint_queue where complaint_id = :id
                        and (member_number_hash is not null or last_name_hash is not null or full_name_hash is not null)""")
                .param("id", erased).query(Long.class).single()).isZero();
    }

    @Test
    void letsAnAgentListAndCountOnlyTheirDepartmentsQueueThroughTheApi() throws Exception {
        String category = uniqueCode("CAT");
        for (int i = 0; i < 3; i++) {
            UUID id = receive(seed(HOME_CARE).category(category).due(today().plusDays(i)));
            assertThat(id).isNotNull();
        }
        UUID healthcare = receive(seed(AGENTS_DEPARTMENT).category(category));
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);

        ResponseEntity<String> first = as("agent-home-care")
                .getForEntity("/api/v1/complaints?category=" + category + "&limit=2", String.class);
        ResponseEntity<String> second = as("agent-home-care").getForEntity(nextLink(first), String.class);
        ResponseEntity<String> officersOwnPick = asOfficer()
                .getForEntity("/api/v1/complaints?queue=" + AGENTS_DEPARTMENT + "&category=" + category, String.class);
        ResponseEntity<String> counts = as("agent-home-care").getForEntity("/api/v1/complaint-queues", String.class);

        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(first.getBody())).hasSize(2)
                .allSatisfy(line -> assertThat(line.get("department").asText()).isEqualTo(HOME_CARE));
        assertThat(json.readTree(second.getBody())).hasSize(1);
        assertThat(second.getHeaders().get(HttpHeaders.LINK)).as("the last page has no next").isNull();
        assertThat(json.readTree(officersOwnPick.getBody())).singleElement()
                .satisfies(line -> assertThat(line.get("complaintId").asText()).isEqualTo(healthcare.toString()));
        JsonNode queuesCounted = json.readTree(counts.getBody()).get("queues");
        assertThat(queuesCounted).singleElement()
                .satisfies(count -> assertThat(count.at("/queue/department").asText()).isEqualTo(HOME_CARE));
        assertForbidden(as("agent-home-care").getForEntity("/api/v1/complaints?queue=" + AGENTS_DEPARTMENT, String.class));
        assertForbidden(as("agent-home-care").getForEntity("/api/v1/complaints?queue=COMPLAINTS_SERVICE", String.class));
        assertForbidden(as("agent-home-care").getForEntity("/api/v1/complaints?department=" + AGENTS_DEPARTMENT, String.class));
    }

    @Test
    void refusesFilterValuesAndCursorsThatNameNothingWithAProblem() throws Exception {
        for (String query : List.of("status=SOLVED", "sla=LATE", "channel=PIGEON", "category=not%20a%20code",
                "cursor=bm90LWEtY3Vyc29y", "cursor=%%%", "queue=complaints", "department=A&queue=B")) {
            ResponseEntity<String> response = asOfficer().getForEntity("/api/v1/complaints?" + query, String.class);
            assertThat(response.getStatusCode()).as(query + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json.readTree(response.getBody()).get("type").asText()).endsWith("/validation-failed");
        }
    }

    /**
     * With 100,000 complaints, each queue's first page, a page deep in it and a filtered page are index range
     * scans in the queue's order: no sort of the queue, no scan of the table; and the counts kept beside the
     * queues stay equal to the rows through arrivals, moves, closures and deletions. The rows are added in a
     * transaction that is rolled back, so no other test sees them.
     */
    @Test
    void readsEveryQueuesPagesFromItsIndexAndKeepsItsCountsRightWith100000Complaints() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into complaint_queue (complaint_id, reference, status, department, queue, received_at,
                                                         last_changed_at, channel, category, due_date, sla_state,
                                                         escalated, closed)
                            select gen_random_uuid(), 'PX-2026-' || lpad(n::text, 6, '0'),
                                   (array['ACKNOWLEDGED','FIRST_LINE_ANSWERED','ESCALATED','CLOSED'])[1 + n % 4],
                                   (array['HEALTHCARE_REIMBURSEMENTS','HOME_CARE','AGENCIES','MEMBER_SERVICES'])[1 + n % 7 % 4],
                                   case when n % 4 = 2 then 'COMPLAINTS_SERVICE'
                                        else (array['HEALTHCARE_REIMBURSEMENTS','HOME_CARE','AGENCIES','MEMBER_SERVICES'])[1 + n % 7 % 4] end,
                                   now() - make_interval(days => n % 400), now(),
                                   (array['WEB_FORM','AGENCY','PHONE','EMAIL','LETTER'])[1 + n % 5],
                                   (array['REIMBURSEMENT','AFFILIATION','SERVICE','HOSPITALISATION'])[1 + n % 11 % 4],
                                   current_date - 60 + n % 120, 'PENDING', n % 4 = 2, n % 4 = 3
                            from generate_series(1, 100000) as n""").update();
            jdbc.sql("analyze complaint_queue").update();
            QueueCursor deep = new QueueCursor(today().plusDays(40), UUID.fromString("80000000-0000-0000-0000-000000000000"));

            for (WorkQueue queue : List.of(WorkQueue.ofDepartment("HOME_CARE"), WorkQueue.complaintsService(),
                    WorkQueue.everyComplaint())) {
                for (QueueCursor cursor : new QueueCursor[]{null, deep}) {
                    String plan = queues.plan(queue, QueueFilter.NONE, cursor, 25);
                    assertThat(plan).as("%s after %s:%n%s", queue, cursor, plan)
                            .contains("Index").doesNotContain("Sort").doesNotContain("Seq Scan");
                }
            }
            String filtered = queues.plan(WorkQueue.ofDepartment("HOME_CARE"),
                    new QueueFilter(ComplaintStatus.ACKNOWLEDGED, null, Channel.PHONE, null, null), deep, 25);
            assertThat(filtered).contains("complaint_queue_order").doesNotContain("Sort");
            String searched = queues.plan(WorkQueue.everyComplaint(),
                    new QueueFilter(null, null, null, null, "PX-2026-0421"), null, 25);
            assertThat(searched).contains("complaint_queue_reference").doesNotContain("Seq Scan");

            // The counts the pages show, kept beside the queues, after 100,000 arrivals, then moves between
            // statuses and queues, closures, reopenings and deletions: the same as counting the rows.
            assertThat(countsDifferingFromTheRows()).isEmpty();
            jdbc.sql("update complaint_queue set status = 'FIRST_LINE_ANSWERED' where reference like 'PX-%' and status = 'ACKNOWLEDGED' and reference like '%3'").update();
            jdbc.sql("update complaint_queue set queue = 'COMPLAINTS_SERVICE', status = 'ESCALATED' where reference like 'PX-%' and reference like '%7'").update();
            jdbc.sql("update complaint_queue set closed = not closed where reference like 'PX-%' and reference like '%5'").update();
            jdbc.sql("update complaint_queue set sla_state = 'WARNED' where reference like 'PX-%' and reference like '%1'").update();
            jdbc.sql("delete from complaint_queue where reference like 'PX-%' and reference like '%9'").update();
            assertThat(countsDifferingFromTheRows()).isEmpty();
            Long homeCareAcknowledged = jdbc.sql("""
                            select complaints from complaint_queue_count where queue = 'HOME_CARE' and status = 'ACKNOWLEDGED'""")
                    .query(Long.class).single();
            assertThat(queues.counts(WorkQueue.ofDepartment("HOME_CARE")).of(WorkQueue.ofDepartment("HOME_CARE"))
                    .byStatus().get(ComplaintStatus.ACKNOWLEDGED)).isEqualTo(homeCareAcknowledged).isGreaterThan(1000L);
            status.setRollbackOnly();
        });
    }

    /**
     * The queues and statuses whose kept count differs from a count of the open rows, read in one statement (one
     * snapshot, whatever the projection commits meanwhile for other tests).
     */
    private List<String> countsDifferingFromTheRows() {
        return jdbc.sql("""
                        select coalesce(k.queue, r.queue) || '/' || coalesce(k.status, r.status) || ': kept '
                               || coalesce(k.complaints, 0) || ', rows ' || coalesce(r.complaints, 0)
                        from complaint_queue_count k
                        full join (select queue, status, count(*) as complaints from complaint_queue
                                   where not closed and queue is not null group by queue, status) r
                               on r.queue = k.queue and r.status = k.status
                        where coalesce(k.complaints, 0) <> coalesce(r.complaints, 0)""")
                .query(String.class).list();
    }

    private void assertForbidden(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("type").asText()).endsWith("/outside-department");
    }

    private static String nextLink(ResponseEntity<String> page) {
        String link = page.getHeaders().getFirst(HttpHeaders.LINK);
        assertThat(link).as("Link header of %s", page.getBody()).isNotNull();
        Matcher next = java.util.regex.Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link);
        assertThat(next.find()).isTrue();
        URI uri = URI.create(next.group(1));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private List<QueuedComplaint> filtered(WorkQueue queue, ComplaintStatus status, SlaState sla, Channel channel,
                                           String category) {
        return queues.page(queue, new QueueFilter(status, sla, channel, category, null), null, 50).complaints();
    }

    private List<QueuedComplaint> search(WorkQueue queue, String text) {
        return queues.page(queue, new QueueFilter(null, null, null, null, text), null, 50).complaints();
    }

    private String reference(UUID complaintId) {
        return jdbc.sql("select reference from complaint_queue where complaint_id = :id").param("id", complaintId)
                .query(String.class).single();
    }

    private LocalDate today() {
        return clock.instant().atZone(calendar.zone()).toLocalDate();
    }

    private static List<UUID> ids(List<QueuedComplaint> lines) {
        return lines.stream().map(QueuedComplaint::complaintId).toList();
    }

    private static String uniqueCode(String prefix) {
        return QueueSeeds.uniqueCode(prefix);
    }

    private be.partenamut.complaints.contracts.SealedText sealed(UUID complaintId) {
        return seeds.sealedAnswer(complaintId);
    }

    private void send(Object command) {
        seeds.send(command);
    }

    private UUID receive(QueueSeeds.Seed seed) {
        return seed.receive();
    }

    private QueueSeeds.Seed seed(String department) {
        return seeds.in(department);
    }
}
