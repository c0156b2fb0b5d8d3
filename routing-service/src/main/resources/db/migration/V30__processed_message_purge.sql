-- Records of processed messages are purged once older than the topics' retention (service-support's
-- ProcessedMessagesPurge): found by their age.
create index processed_message_processed_at on processed_message (processed_at);
