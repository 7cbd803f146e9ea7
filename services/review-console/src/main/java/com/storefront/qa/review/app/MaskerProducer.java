package com.storefront.qa.review.app;

import com.storefront.qa.moderation.pii.PiiMasker;
import com.storefront.qa.review.audit.Masker;
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
