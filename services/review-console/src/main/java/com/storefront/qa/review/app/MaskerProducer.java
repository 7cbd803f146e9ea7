package com.storefront.qa.review.app;

import com.storefront.qa.audit.Masker;
import com.storefront.qa.moderation.pii.PiiMasker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires the moderation module's PII masker into the audit: stored free text is masked. */
@ApplicationScoped
public class MaskerProducer {
  @Produces
  @ApplicationScoped
  Masker masker() {
    return PiiMasker::mask;
  }
}
