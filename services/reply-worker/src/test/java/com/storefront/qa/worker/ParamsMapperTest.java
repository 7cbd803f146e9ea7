package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.llm.api.DecodingParams;
import org.junit.jupiter.api.Test;

class ParamsMapperTest {

  @Test
  void missingParamsMeanTheContractDefaults() {
    DecodingParams d = ParamsMapper.toDecoding(null, 512);
    assertThat(d.doSample()).isFalse();
    assertThat(d.maxNewTokens()).isEqualTo(200);
    assertThat(d.repetitionPenalty()).isEqualTo(1.0);
    assertThat(d.stopStrings()).isEmpty();
  }

  @Test
  void samplingParamsPassThroughUnchanged() {
    DecodingParams d =
        ParamsMapper.toDecoding(new GenerationParams(true, 0.7, 40, 0.9, 0.05, 1.1, 128), 512);
    assertThat(d)
        .extracting(
            DecodingParams::doSample,
            DecodingParams::temperature,
            DecodingParams::topK,
            DecodingParams::topP,
            DecodingParams::minP,
            DecodingParams::repetitionPenalty,
            DecodingParams::maxNewTokens)
        .containsExactly(true, 0.7, 40, 0.9, 0.05, 1.1, 128);
  }

  @Test
  void greedyIgnoresSamplingKnobsLikeHuggingFaceButKeepsTheRepetitionPenalty() {
    // HF generate() with do_sample=False never reads temperature/top_k/top_p/min_p.
    DecodingParams d =
        ParamsMapper.toDecoding(new GenerationParams(false, 0.0, -3, 0.0, 7.0, 1.3, 50), 512);
    assertThat(d.doSample()).isFalse();
    assertThat(d.temperature()).isEqualTo(1.0);
    assertThat(d.topK()).isZero();
    assertThat(d.topP()).isEqualTo(1.0);
    assertThat(d.minP()).isZero();
    assertThat(d.repetitionPenalty()).isEqualTo(1.3);
    assertThat(d.maxNewTokens()).isEqualTo(50);
  }

  @Test
  void maxNewTokensIsCapped() {
    assertThat(
            ParamsMapper.toDecoding(new GenerationParams(false, 1, 0, 1, 0, 1, 5000), 256)
                .maxNewTokens())
        .isEqualTo(256);
  }

  @Test
  void invalidSamplingParamsAreRejectedAsHuggingFaceWould() {
    assertThatThrownBy(
            () -> ParamsMapper.toDecoding(new GenerationParams(true, 0.0, 0, 1, 0, 1, 10), 512))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("temperature");
    assertThatThrownBy(
            () -> ParamsMapper.toDecoding(new GenerationParams(true, 1, 0, 1.5, 0, 1, 10), 512))
        .hasMessageContaining("topP");
    assertThatThrownBy(
            () -> ParamsMapper.toDecoding(new GenerationParams(true, 1, -1, 1, 0, 1, 10), 512))
        .hasMessageContaining("topK");
    assertThatThrownBy(
            () -> ParamsMapper.toDecoding(new GenerationParams(false, 1, 0, 1, 0, 0, 10), 512))
        .hasMessageContaining("repetitionPenalty");
    assertThatThrownBy(
            () -> ParamsMapper.toDecoding(new GenerationParams(false, 1, 0, 1, 0, 1, 0), 512))
        .hasMessageContaining("maxNewTokens");
  }

  @Test
  void contractFormEchoesWhatWasUsed() {
    GenerationParams used =
        ParamsMapper.toContract(
            ParamsMapper.toDecoding(new GenerationParams(false, 0.2, 9, 0.5, 0, 1.2, 900), 300));
    assertThat(used).isEqualTo(new GenerationParams(false, 1.0, 0, 1.0, 0.0, 1.2, 300));
  }

  @Test
  void errorsAreClassified() {
    assertThat(ErrorClassifier.classify(new IllegalArgumentException("bad")))
        .isEqualTo(ErrorClassifier.Kind.FATAL);
    assertThat(
            ErrorClassifier.classify(
                new java.util.concurrent.CompletionException(new InvalidRequestException("x"))))
        .isEqualTo(ErrorClassifier.Kind.FATAL);
    assertThat(ErrorClassifier.classify(new IllegalStateException("native")))
        .isEqualTo(ErrorClassifier.Kind.RETRIABLE);
    assertThat(ErrorClassifier.classify(new OutOfMemoryError("kv")))
        .isEqualTo(ErrorClassifier.Kind.RETRIABLE);
    assertThat(
            ErrorClassifier.describe(
                new java.util.concurrent.CompletionException(new IllegalStateException("boom"))))
        .isEqualTo("IllegalStateException: boom");
  }
}
