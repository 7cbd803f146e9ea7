package com.storefront.qa.orchestrator.validate;

import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.validation.ParseOutcome;
import com.storefront.qa.contracts.validation.QuestionParser;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Parses raw {@code storefront.questions.v1} records with {@link QuestionParser} (which never
 * throws). Valid questions go on keyed by questionId with no headers; rejected records go on with
 * their original key and value bytes and original headers plus the {@link DlqHeaders}, cut to fit
 * the broker's limit by the {@link DeadLetterBudget}.
 */
public final class QuestionValidator implements Processor<byte[], byte[], String, Validated> {
  private static final Logger LOG = Logger.getLogger(QuestionValidator.class);

  private final Clock clock;
  private final QaMetrics metrics;
  private ProcessorContext<String, Validated> context;

  public QuestionValidator(Clock clock, QaMetrics metrics) {
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, Validated> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    switch (QuestionParser.parse(record.key(), record.value())) {
      case ParseOutcome.Valid valid -> {
        context.forward(
            new Record<String, Validated>(
                valid.question().questionId(),
                new Validated.Accepted(valid.question()),
                record.timestamp(),
                new RecordHeaders()));
      }
      case ParseOutcome.Invalid invalid -> {
        RecordMetadata source = context.recordMetadata().orElse(null);
        Headers headers = DeadLetterBudget.headers(record.headers(), record.key(), record.value());
        put(headers, DlqHeaders.REASON, invalid.reason().name());
        put(headers, DlqHeaders.DETAIL, invalid.detail());
        put(headers, DlqHeaders.SOURCE_TOPIC, source == null ? "" : source.topic());
        put(headers, DlqHeaders.SOURCE_PARTITION, source == null ? "" : "" + source.partition());
        put(headers, DlqHeaders.SOURCE_OFFSET, source == null ? "" : "" + source.offset());
        put(headers, DlqHeaders.REJECTED_AT, clock.instant().toString());
        metrics.rejected(invalid.reason());
        // The detail may quote the rejected text (a JSON error does): it stays in the DLQ header.
        LOG.infof(
            "rejected question record %s-%s@%s: %s",
            source == null ? "?" : source.topic(),
            source == null ? "?" : source.partition(),
            source == null ? "?" : source.offset(),
            invalid.reason());
        context.forward(
            new Record<String, Validated>(
                null,
                new Validated.Rejected(
                    DeadLetterBudget.key(record.key()),
                    DeadLetterBudget.value(record.value()),
                    invalid.reason(),
                    invalid.detail()),
                record.timestamp(),
                headers));
      }
    }
  }

  private static void put(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
  }
}
