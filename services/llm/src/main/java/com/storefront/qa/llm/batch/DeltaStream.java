package com.storefront.qa.llm.batch;

import com.storefront.qa.llm.api.TextListener;
import java.util.List;

/**
 * Feeds a {@link TextListener} from a sequence's incremental text on the scheduler thread.
 *
 * <p>A stop string is only recognised once it is complete, and the reply is then cut before it, so
 * text that might be the start of one must not have been sent yet: the last {@code longest stop -
 * 1} characters are held back until more text rules them out. At the end the rest of the final text
 * is sent, so what the listener got adds up to the completion's text.
 */
final class DeltaStream {
  /** For sequences nobody listens to. */
  static final DeltaStream NONE = new DeltaStream(null, List.of());

  private final TextListener listener;
  private final int holdBack;
  private final StringBuilder pending = new StringBuilder();
  private final StringBuilder sent = new StringBuilder();
  private boolean failed;

  DeltaStream(TextListener listener, List<String> stopStrings) {
    this.listener = listener;
    int longest = 0;
    for (String s : stopStrings) {
      longest = Math.max(longest, s.length());
    }
    this.holdBack = Math.max(0, longest - 1);
  }

  /** New stable text of the sequence, once it is known not to complete a stop string. */
  void offer(String piece) {
    if (listener == null || piece.isEmpty()) {
      return;
    }
    pending.append(piece);
    int cut = pending.length() - holdBack;
    if (cut > 0 && Character.isHighSurrogate(pending.charAt(cut - 1))) {
      cut--; // never split a surrogate pair between two deltas
    }
    if (cut > 0) {
      String delta = pending.substring(0, cut);
      pending.delete(0, cut);
      send(delta);
    }
  }

  /** Sends whatever of the final text the listener has not had yet. */
  void finish(String finalText) {
    if (listener == null || finalText == null) {
      return;
    }
    // The final text is one full decode; it extends what was streamed unless decoding disagreed,
    // in which case nothing more can be taken back and nothing wrong is added.
    if (finalText.length() > sent.length() && finalText.startsWith(sent.toString())) {
      send(finalText.substring(sent.length()));
    }
    pending.setLength(0);
  }

  private void send(String delta) {
    sent.append(delta);
    if (failed) {
      return;
    }
    try {
      listener.onText(delta);
    } catch (RuntimeException e) {
      failed = true; // a broken listener must not end the batch's step with ERROR
    }
  }
}
