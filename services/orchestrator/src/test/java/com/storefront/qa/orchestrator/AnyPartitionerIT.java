package com.storefront.qa.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.support.Answers;
import com.storefront.qa.orchestrator.support.EchoWorker;
import com.storefront.qa.orchestrator.support.Orchestrators;
import com.storefront.qa.orchestrator.support.QuestionProducer;
import com.storefront.qa.orchestrator.support.Questions;
import com.storefront.qa.orchestrator.support.QuietLogs;
import com.storefront.qa.orchestrator.support.TopicReader;
import com.storefront.qa.testkit.KafkaBroker;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import java.util.zip.CRC32;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A question gets its generated reply however the shop's producer partitions it: the storefront is
 * not always the Java client (librdkafka's {@code consistent_random} hashes keys with CRC32, some
 * producers pin one partition, some choose partitions themselves), while the reply worker writes
 * results with the Java client's murmur2. Every question here must be answered by the model, once,
 * well before its deadline falls back to the acknowledgement.
 */
class AnyPartitionerIT {
  private static final int PARTITIONS = 4;
  private static final int PER_PRODUCER = 24;
  private static final String SHOP = "any-client-shop";
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private static KafkaBroker broker;
  private static KafkaStreams orchestrator;
  private static EchoWorker worker;
  private static TopicReader answers;

  @BeforeAll
  static void start() throws Exception {
    QuietLogs.apply();
    broker = KafkaBroker.start();
    broker.createSystemTopics(PARTITIONS);
    try (QuestionProducer policies = new QuestionProducer(broker.bootstrapServers())) {
      // A deadline far beyond the worker's answer time: a fallback here means a lost result.
      policies.send(
          Topics.SHOP_POLICIES,
          SHOP.getBytes(StandardCharsets.UTF_8),
          ("{\"shopId\":\"" + SHOP + "\",\"generationEnabled\":true,\"generationTimeoutMs\":60000}")
              .getBytes(StandardCharsets.UTF_8));
    }
    orchestrator =
        Orchestrators.start(
            Orchestrators.props(
                broker.bootstrapServers(),
                "qa-orchestrator-any-client",
                Files.createTempDirectory("qa-any-client")),
            QaSettings.defaults(),
            QaMetrics.inMemory());
    worker = EchoWorker.start(broker.bootstrapServers(), EchoWorker.REPLY);
    answers = new TopicReader(broker.bootstrapServers(), Topics.ANSWERS);
  }

  @AfterAll
  static void stop() {
    if (answers != null) {
      answers.close();
    }
    if (worker != null) {
      worker.close();
    }
    if (orchestrator != null) {
      Orchestrators.stop(orchestrator);
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void librdkafkaConsistentRandomPartitioning() {
    produce("crc32-", LibrdkafkaConsistentPartitioner.class, null);
    assertAllAnsweredByTheModel("crc32-");
  }

  @Test
  void aPartitionerThatSendsEverythingToPartitionZero() {
    produce("p0-", PartitionZero.class, null);
    assertAllAnsweredByTheModel("p0-");
  }

  @Test
  void explicitPartitionsChosenByTheProducer() {
    // Each record goes to the partition after the one the Java client would choose: never where
    // the orchestrator's own hash would put it.
    produce(
        "explicit-",
        null,
        key -> (Utils.toPositive(Utils.murmur2(key)) % PARTITIONS + 1) % PARTITIONS);
    assertAllAnsweredByTheModel("explicit-");
  }

  @Test
  void kcatAsTheReadmeUsesIt() throws Exception {
    boolean required = "1".equals(System.getenv("QA_REQUIRE_KCAT"));
    boolean installed = Files.isExecutable(Path.of("/usr/bin/kcat"));
    if (required) {
      assertThat(installed).as("kcat must be installed (apt-get install kcat)").isTrue();
    }
    Assumptions.assumeTrue(installed, "kcat is not installed (apt-get install kcat)");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < PER_PRODUCER; i++) {
      String id = "kcat-" + i;
      lines
          .append(id)
          .append('\t')
          .append(new String(Questions.json(id, SHOP, "ko-KR", Questions.KO_TEXT), UTF8))
          .append('\n');
    }
    Process kcat =
        new ProcessBuilder(
                "kcat", "-b", broker.bootstrapServers(), "-t", Topics.QUESTIONS, "-P", "-K\t")
            .redirectErrorStream(true)
            .start();
    kcat.getOutputStream().write(lines.toString().getBytes(UTF8));
    kcat.getOutputStream().close();
    assertThat(kcat.waitFor(60, TimeUnit.SECONDS)).as("kcat finished").isTrue();
    assertThat(kcat.exitValue())
        .as(new String(kcat.getInputStream().readAllBytes(), UTF8))
        .isZero();
    assertAllAnsweredByTheModel("kcat-");
  }

  private static void produce(
      String prefix,
      Class<? extends Partitioner> partitioner,
      ToIntFunction<byte[]> explicitPartition) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    if (partitioner != null) {
      props.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, partitioner.getName());
    }
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      for (int i = 0; i < PER_PRODUCER; i++) {
        String id = prefix + i;
        byte[] key = Questions.key(id);
        Integer partition = explicitPartition == null ? null : explicitPartition.applyAsInt(key);
        byte[] value = Questions.json(id, SHOP, i % 2 == 0 ? "ko-KR" : null, Questions.KO_TEXT);
        producer.send(new ProducerRecord<>(Topics.QUESTIONS, partition, key, value));
      }
    }
  }

  private static void assertAllAnsweredByTheModel(String prefix) {
    answers.awaitAll(r -> Answers.distinctAtLeast(r, prefix, PER_PRODUCER), WAIT);
    List<AnswerEvent> got = Answers.withPrefix(answers.drain(Duration.ofSeconds(2)), prefix);
    assertThat(Answers.countByQuestion(got))
        .hasSize(PER_PRODUCER)
        .allSatisfy((id, n) -> assertThat(n).as(id).isOne());
    List<String> notByModel = new ArrayList<>();
    for (AnswerEvent a : got) {
      if (a.source() != AnswerSource.MODEL || !EchoWorker.REPLY.equals(a.text())) {
        notByModel.add(a.questionId() + "=" + a.source());
      }
    }
    assertThat(notByModel).as("questions whose generated reply was lost").isEmpty();
  }

  /** librdkafka's {@code consistent_random}: CRC32 of the key modulo the partition count. */
  public static final class LibrdkafkaConsistentPartitioner implements Partitioner {
    @Override
    public int partition(
        String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster c) {
      CRC32 crc = new CRC32();
      crc.update(keyBytes);
      return (int) (crc.getValue() % c.partitionCountForTopic(topic));
    }

    @Override
    public void close() {}

    @Override
    public void configure(Map<String, ?> configs) {}
  }

  /** A producer that sends every record to partition 0, as some custom partitioners do. */
  public static final class PartitionZero implements Partitioner {
    @Override
    public int partition(
        String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster c) {
      return 0;
    }

    @Override
    public void close() {}

    @Override
    public void configure(Map<String, ?> configs) {}
  }
}
