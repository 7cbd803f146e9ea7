package com.storefront.qa.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {
  @Test
  void sameSeedSameRun() {
    FaultSchedule a = new FaultSchedule(42);
    FaultSchedule b = new FaultSchedule(42);
    List<Object> ra = new ArrayList<>();
    List<Object> rb = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ra.add(a.next());
      ra.add(a.pick(5));
      rb.add(b.next());
      rb.add(b.pick(5));
    }
    assertThat(ra).isEqualTo(rb);
  }

  @Test
  void everyKindComesOncePerDeck() {
    FaultSchedule s = new FaultSchedule(7);
    Map<Fault.Kind, Integer> counts = new EnumMap<>(Fault.Kind.class);
    for (int i = 0; i < Fault.Kind.values().length * 3; i++) {
      counts.merge(s.next(), 1, Integer::sum);
    }
    assertThat(counts.values()).containsOnly(3);
  }

  @Test
  void secondsStayInRange() {
    FaultSchedule s = new FaultSchedule(1);
    for (int i = 0; i < 1000; i++) {
      assertThat(s.seconds(5, 15)).isBetween(5, 15);
    }
  }
}
