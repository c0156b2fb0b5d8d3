-- What became of each message about a complaint: the latest status the notification service reported
-- on complaints.deliveries.v1 (see DeliveryStatusProjection). It holds no personal data: the messages
-- themselves are archived, sealed, by the notification service.
create table message_delivery_status (
    notification_id uuid        primary key,
    complaint_id    uuid        not null,
    message_type    varchar(50) not null,
    recipient       varchar(20) not null,
    channel         varchar(20) not null,
    status          varchar(30) not null,
    -- When the notification service reached the status: what orders the statuses of one message.
    status_at       timestamptz not null
);
create index message_delivery_status_complaint on message_delivery_status (complaint_id, status_at);

-- Until now each status was an event of the complaint (MessageDeliveryRecordedEvent); the event store
-- keeps those rows, but the application no longer reads them (an upcaster drops them). Their history is
-- copied here: per message, its last recorded status, at the time it was recorded (what staff saw).
-- Payloads are Jackson JSON in bytea.
insert into message_delivery_status (notification_id, complaint_id, message_type, recipient, channel, status, status_at)
select distinct on (delivery.payload ->> 'notificationId')
       (delivery.payload ->> 'notificationId')::uuid,
       delivery.aggregate_identifier::uuid,
       delivery.payload ->> 'messageType',
       delivery.payload ->> 'recipient',
       delivery.payload ->> 'channel',
       delivery.payload ->> 'status',
       delivery.time_stamp::timestamptz
from (select aggregate_identifier, global_index, time_stamp, convert_from(payload, 'UTF8')::jsonb as payload
      from domain_event_entry
      where payload_type = 'be.partenamut.complaints.office.complaint.api.MessageDeliveryRecordedEvent') delivery
order by delivery.payload ->> 'notificationId', delivery.global_index desc;
