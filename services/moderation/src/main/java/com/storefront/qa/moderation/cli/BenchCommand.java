package com.storefront.qa.moderation.cli;

import com.storefront.qa.contracts.policy.ModerationPolicy;
import com.storefront.qa.moderation.InputCheck;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.moderation.OutputCheck;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench}: question+reply pairs per second on the calling thread (one core). Each pair is a
 * full {@code checkQuestion} plus {@code checkReply}, as the orchestrator runs them. Warms up on
 * 30,000 pairs first so the JIT has compiled the hot paths.
 */
final class BenchCommand {
  /** Built-in pairs when no corpus is given: typical good and bad replies, Korean and English. */
  private static final List<String[]> SAMPLE =
      List.of(
          new String[] {
            "이 다이어리에 내년도 공휴일이 표시되어 있나요?",
            "안녕하세요! 문의 주셔서 감사합니다. 다이어리에 내년도 공휴일이 표시되어 있는지 확인하기 위해 제품 담당자에게 문의해"
                + " 보겠습니다. 조금만 기다려 주시면 정확한 답변 드리도록 하겠습니다. 감사합니다!"
          },
          new String[] {
            "이 다이어리에 내년도 공휴일이 표시되어 있나요?",
            "네, 맞습니다! 다이어리에 내년도 공휴일들이 잘 표시되어 있습니다. 하지만 가장 정확한 공휴일 정보를 확인하려면 제품"
                + " 담당자에게 연락하시거나 직접 매장을 방문하시는 것이 좋을 것 같아요."
          },
          new String[] {
            "Is the lid dishwasher safe? Call me at 010-1234-5678",
            "Thanks for asking! Our product team will confirm whether the lid is dishwasher safe"
                + " and get back to you shortly."
          },
          new String[] {
            "L 사이즈가 175cm에 맞을까요? 배송은 언제 되나요?",
            "문의해 주셔서 감사합니다. 사이즈와 배송 일정은 제품 담당자가 확인한 뒤 정확하게 안내드리겠습니다. 조금만 기다려" + " 주세요."
          });

  private static final int WARMUP_PAIRS = 30_000;

  private BenchCommand() {}

  static int run(double seconds, Path corpus, PrintStream out) {
    List<String[]> pairs =
        corpus == null
            ? SAMPLE
            : LabelledCase.read(corpus).stream()
                .filter(LabelledCase::isReply)
                .map(c -> new String[] {c.question(), c.reply()})
                .toList();
    Moderator moderator = new Moderator();
    ModerationPolicy policy = ModerationPolicy.defaults();
    // Warm-up by work done, not by wall time: on a busy machine wall time buys little CPU.
    long sink = 0;
    for (int i = 0; i < WARMUP_PAIRS / pairs.size() + 1; i++) {
      sink += loop(moderator, policy, pairs, 0);
    }
    var threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long count = 0;
    long deadline = start + (long) (seconds * 1e9);
    while (System.nanoTime() < deadline) {
      sink += loop(moderator, policy, pairs, 0);
      count += pairs.size();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    out.printf(
        Locale.ROOT,
        "%d question+reply pairs in %.2f s wall on one thread: %.0f pairs/s wall, %.0f pairs"
            + " per CPU-second (%.1f us CPU/pair; %d distinct pairs; sink %d)%n",
        count,
        elapsed,
        count / elapsed,
        count / cpu,
        cpu * 1e6 / count,
        pairs.size(),
        sink % 10);
    return 0;
  }

  /** One pass over the pairs, or passes until {@code nanos} have gone by when positive. */
  private static long loop(
      Moderator moderator, ModerationPolicy policy, List<String[]> pairs, long nanos) {
    long sink = 0;
    long end = System.nanoTime() + nanos;
    do {
      for (String[] p : pairs) {
        InputCheck in = moderator.checkQuestion(p[0], null, policy);
        OutputCheck o = moderator.checkReply(in.maskedText(), p[1], null, null, policy);
        sink += in.reasons().size() + o.reasons().size();
      }
    } while (System.nanoTime() < end);
    return sink;
  }
}
