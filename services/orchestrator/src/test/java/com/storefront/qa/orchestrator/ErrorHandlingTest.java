package com.storefront.qa.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.orchestrator.errors.ErrorClass;
import com.storefront.qa.orchestrator.errors.ProcessingErrors;
import com.storefront.qa.orchestrator.errors.ProductionErrors;
import com.storefront.qa.orchestrator.errors.UncaughtErrors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler.ProcessingHandlerResponse;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.ProductionExceptionHandlerResponse;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest {
  private static final ProducerRecord<byte[], byte[]> OUT =
      new ProducerRecord<>("storefront.answers.v1", new byte[] {1}, new byte[] {2});

  @Test
  void errorsAreClassifiedThroughTheirCauseChain() {
    assertThat(ErrorClass.of(new TimeoutException("t"))).isEqualTo(ErrorClass.RETRIABLE);
    assertThat(ErrorClass.of(new NotLeaderOrFollowerException("x")))
        .isEqualTo(ErrorClass.RETRIABLE);
    assertThat(ErrorClass.of(new RecordTooLargeException("big"))).isEqualTo(ErrorClass.RECORD);
    assertThat(ErrorClass.of(new StreamsException(new SerializationException("s"))))
        .isEqualTo(ErrorClass.RECORD);
    assertThat(ErrorClass.of(new StreamsException(new TopicAuthorizationException("acl"))))
        .isEqualTo(ErrorClass.FATAL);
    assertThat(ErrorClass.of(new IllegalStateException("bug"))).isEqualTo(ErrorClass.UNKNOWN);
  }

  @Test
  void productionRetriesTransientErrorsSkipsBadRecordsAndFailsOnFatalOnes() {
    ProductionErrors handler = new ProductionErrors();
    assertThat(handler.handle(CONTEXT, OUT, new TimeoutException("t")))
        .isEqualTo(ProductionExceptionHandlerResponse.RETRY);
    assertThat(handler.handle(CONTEXT, OUT, new RecordTooLargeException("big")))
        .isEqualTo(ProductionExceptionHandlerResponse.CONTINUE);
    assertThat(handler.handle(CONTEXT, OUT, new TopicAuthorizationException("acl")))
        .isEqualTo(ProductionExceptionHandlerResponse.FAIL);
  }

  @Test
  void processingSkipsOneOddRecordButNotAFatalError() {
    ProcessingErrors handler = new ProcessingErrors();
    Record<String, String> record = new Record<>("q-1", "v", 0L);
    assertThat(handler.handle(CONTEXT, record, new IllegalStateException("bug")))
        .isEqualTo(ProcessingHandlerResponse.CONTINUE);
    assertThat(handler.handle(CONTEXT, record, new TopicAuthorizationException("acl")))
        .isEqualTo(ProcessingHandlerResponse.FAIL);
  }

  @Test
  void aDeadThreadIsReplacedUnlessTheErrorIsFatal() {
    UncaughtErrors handler = new UncaughtErrors();
    assertThat(handler.handle(new StreamsException(new TimeoutException("t"))))
        .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    assertThat(handler.handle(new StreamsException(new TopicAuthorizationException("acl"))))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
  }

  private static final ErrorHandlerContext CONTEXT =
      new ErrorHandlerContext() {
        @Override
        public String topic() {
          return "storefront.questions.v1";
        }

        @Override
        public int partition() {
          return 0;
        }

        @Override
        public long offset() {
          return 7;
        }

        @Override
        public org.apache.kafka.common.header.Headers headers() {
          return new RecordHeaders();
        }

        @Override
        public String processorNodeId() {
          return "route";
        }

        @Override
        public TaskId taskId() {
          return new TaskId(0, 0);
        }

        @Override
        public long timestamp() {
          return 0;
        }

        @Override
        public byte[] sourceRawKey() {
          return null;
        }

        @Override
        public byte[] sourceRawValue() {
          return null;
        }
      };
}
