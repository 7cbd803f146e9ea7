package com.storefront.qa.moderation.acts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One language's acts as anchored patterns. Each pattern describes one act from its first word to
 * its last; {@link Recogniser} chains them over a sentence. Patterns are matched against the
 * ASCII-folded text with {@code lookingAt}, so they need no case flags and no {@code ^}.
 */
final class Grammar {
  private final List<Act> acts = new ArrayList<>();
  private final List<Pattern> patterns = new ArrayList<>();

  /** Adds one way of saying {@code act}; alternatives for the same act may be added separately. */
  Grammar add(Act act, String regex) {
    acts.add(act);
    patterns.add(Pattern.compile(regex));
    return this;
  }

  int size() {
    return patterns.size();
  }

  Act act(int i) {
    return acts.get(i);
  }

  Pattern pattern(int i) {
    return patterns.get(i);
  }
}
