package com.storefront.qa.moderation.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds and masks personal data: Korean resident registration numbers, phone numbers, e-mail
 * addresses, Luhn-valid card numbers and bank account numbers. Usable on its own (logging, audit).
 *
 * <p>Guarantees: {@link #mask} is idempotent, and no detector matches its output. Placeholders
 * carry no digits or '@'; and since replacing text can move an account word next to another number,
 * masking repeats until a pass finds nothing (in practice one or two passes).
 */
public final class PiiMasker {
  /** Claiming order: see {@link PiiType}. */
  private static final List<Detector> DETECTORS =
      List.of(
          new RrnDetector(),
          new CardDetector(),
          new PhoneDetector(),
          new EmailDetector(),
          new AccountDetector());

  /** Passes before giving up; each pass strictly shortens the digit content, so it terminates. */
  private static final int MAX_PASSES = 8;

  /** Text after masking, with the findings' spans in that text. */
  public record Masked(String text, List<PiiFinding> findings) {}

  private PiiMasker() {}

  /** The text with every piece of personal data replaced by its placeholder. Null gives null. */
  public static String mask(String text) {
    return text == null ? null : maskWithFindings(text).text();
  }

  /** Findings in {@code text}, in text order, non-overlapping. */
  public static List<PiiFinding> find(String text) {
    List<PiiFinding> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (Detector d : DETECTORS) {
      d.find(text, out);
    }
    out.sort(Comparator.comparingInt(PiiFinding::start));
    return out;
  }

  /** Masks {@code text} and reports what was masked, with spans indexing the masked text. */
  public static Masked maskWithFindings(String text) {
    String current = text;
    List<PiiFinding> all = new ArrayList<>();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      List<PiiFinding> found = find(current);
      if (found.isEmpty()) {
        break;
      }
      StringBuilder sb = new StringBuilder(current.length());
      List<PiiFinding> placed = new ArrayList<>(found.size());
      int copied = 0;
      for (PiiFinding f : found) {
        sb.append(current, copied, f.start());
        int start = sb.length();
        sb.append(f.type().placeholder());
        placed.add(new PiiFinding(f.type(), start, sb.length()));
        copied = f.end();
      }
      sb.append(current, copied, current.length());
      all = shift(all, found);
      all.addAll(placed);
      current = sb.toString();
    }
    all.sort(Comparator.comparingInt(PiiFinding::start));
    return new Masked(current, List.copyOf(all));
  }

  /** Moves earlier findings' spans past the replacements made in a later pass. */
  private static List<PiiFinding> shift(List<PiiFinding> earlier, List<PiiFinding> replaced) {
    List<PiiFinding> moved = new ArrayList<>(earlier.size());
    for (PiiFinding e : earlier) {
      int delta = 0;
      for (PiiFinding r : replaced) {
        if (r.end() <= e.start()) {
          delta += r.type().placeholder().length() - (r.end() - r.start());
        }
      }
      moved.add(new PiiFinding(e.type(), e.start() + delta, e.end() + delta));
    }
    return moved;
  }
}
