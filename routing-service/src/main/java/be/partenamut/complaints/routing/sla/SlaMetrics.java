package be.partenamut.complaints.routing.sla;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.routing.assignment.DepartmentCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For operations: {@code complaints_open{sla_state,department}}, the complaints awaiting an answer by
 * the state of the line in charge, read from {@code sla_status} every
 * {@code complaints.sla.metrics-refresh} (so a scrape never queries the database); and
 * {@code complaints_sla_breaches_total{line,department}}, counted when a breach is recorded.
 * Every department and state is reported, at 0 when none, so that alerts see a series appear and grow.
 */
@Component
public class SlaMetrics {

    public static final String OPEN = "complaints.open";
    public static final String BREACHES = "complaints.sla.breaches";
    private static final Logger log = LoggerFactory.getLogger(SlaMetrics.class);

    private final SlaStatuses statuses;
    private final DepartmentCatalogue catalogue;
    private final MultiGauge open;

    public SlaMetrics(SlaStatuses statuses, DepartmentCatalogue catalogue, MeterRegistry meters) {
        this.statuses = statuses;
        this.catalogue = catalogue;
        this.open = MultiGauge.builder(OPEN)
                .description("Complaints awaiting an answer, by the SLA state of the line in charge and its department")
                .register(meters);
        for (String department : catalogue.codes()) {
            for (AnsweringLine line : AnsweringLine.values()) {
                meters.counter(BREACHES, "line", line.name(), "department", department);
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${complaints.sla.metrics-refresh:PT30S}",
            initialDelayString = "${complaints.sla.metrics-refresh:PT30S}")
    public void refresh() {
        try {
            Map<List<String>, Long> counts = new LinkedHashMap<>();
            for (String department : catalogue.codes()) {
                for (SlaState state : SlaState.values()) {
                    counts.put(List.of(state.name(), department), 0L);
                }
            }
            for (SlaStatuses.OpenCount count : statuses.openCounts()) {
                counts.merge(List.of(count.state().name(), count.department()), count.count(), Long::sum);
            }
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            counts.forEach((key, count) -> rows.add(
                    MultiGauge.Row.of(Tags.of("sla_state", key.get(0), "department", key.get(1)), count)));
            open.register(rows, true);
        } catch (RuntimeException e) {
            log.warn("Could not refresh the open complaints gauge: {}", e.getMessage());
        }
    }
}
