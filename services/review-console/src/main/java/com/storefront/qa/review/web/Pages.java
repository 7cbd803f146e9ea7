package com.storefront.qa.review.web;

import com.storefront.qa.review.web.view.AnalyticsView;
import com.storefront.qa.review.web.view.Chrome;
import com.storefront.qa.review.web.view.ItemView;
import com.storefront.qa.review.web.view.QueueView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The console's templates (src/main/resources/templates), type-checked at build time: every
 * expression must resolve against these parameters. Qute escapes every value it inserts into HTML;
 * only the server-built SVG charts are inserted raw (they escape their own labels).
 */
@CheckedTemplate
public final class Pages {
  private Pages() {}

  static native TemplateInstance login(Chrome chrome, boolean error, boolean sso);

  static native TemplateInstance queue(Chrome chrome, QueueView view, String notice);

  static native TemplateInstance queue$table(QueueView view, String notice);

  static native TemplateInstance item(
      Chrome chrome, ItemView item, boolean conflict, String notice);

  static native TemplateInstance item$panel(ItemView item, boolean conflict, String notice);

  static native TemplateInstance presence(ItemView item);

  static native TemplateInstance analytics(Chrome chrome, AnalyticsView view);
}
