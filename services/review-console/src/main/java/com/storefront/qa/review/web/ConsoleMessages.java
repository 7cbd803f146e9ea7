package com.storefront.qa.review.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's own words in English (the default); Korean lives in {@code
 * messages/msg_ko.properties}. Templates use them as {@code {msg:key}}. Qute checks at build time
 * that every key a template uses exists here, and that the Korean file has no unknown key.
 */
@MessageBundle(value = "msg", locale = "en")
public interface ConsoleMessages {
  @Message("Review console")
  String app_title();

  @Message("Skip to content")
  String skip_link();

  @Message("Queues")
  String nav_queues();

  @Message("Analytics")
  String nav_analytics();

  @Message("Sign out")
  String nav_logout();

  @Message("Language")
  String nav_language();

  @Message("Sign in")
  String login_title();

  @Message("User name")
  String login_user();

  @Message("Password")
  String login_password();

  @Message("Wrong user name or password, or the account is locked for a while.")
  String login_error();

  @Message("Sign in with single sign-on")
  String login_sso();

  @Message("Held drafts")
  String queue_held();

  @Message("Awaiting follow-up")
  String queue_followup();

  @Message("Rejected and closed")
  String queue_done();

  @Message("Customers with no reply at all come first, then the oldest.")
  String queue_order_hint();

  @Message("Search questions and drafts")
  String search_label();

  @Message("Shop")
  String filter_shop();

  @Message("Language")
  String filter_language();

  @Message("Hold reason")
  String filter_reason();

  @Message("Older than (hours)")
  String filter_age();

  @Message("SLA")
  String filter_sla();

  @Message("Assignee")
  String filter_assignee();

  @Message("Any")
  String filter_any();

  @Message("Filter")
  String filter_apply();

  @Message("Select")
  String col_select();

  @Message("Question")
  String col_question();

  @Message("Product")
  String col_product();

  @Message("Reasons")
  String col_reasons();

  @Message("Age / target")
  String col_age();

  @Message("Held by")
  String col_assignee();

  @Message("No reply yet")
  String badge_no_reply();

  @Message("On time")
  String sla_ok();

  @Message("Near target")
  String sla_near();

  @Message("Past target")
  String sla_breached();

  @Message("Nothing in this queue.")
  String queue_empty();

  @Message("Approve selected")
  String bulk_approve();

  @Message("Reject selected")
  String bulk_reject();

  @Message("Question")
  String item_question();

  @Message("Model draft")
  String item_draft();

  @Message("Moderation reasons")
  String item_reasons();

  @Message("What the customer sees now")
  String item_customer_sees();

  @Message("Nothing yet: the customer has had no reply.")
  String item_customer_nothing();

  @Message("History")
  String item_history();

  @Message("Original draft and final text")
  String item_diff();

  @Message("removed")
  String diff_removed();

  @Message("added")
  String diff_added();

  @Message("Held by {name} until {until}")
  String item_held_by(String name, String until);

  @Message("Also viewing: {names}")
  String item_viewers(String names);

  @Message("Approve (a)")
  String action_approve();

  @Message("Edit and publish (e)")
  String action_edit();

  @Message("Publish")
  String action_publish();

  @Message("Reject (r)")
  String action_reject();

  @Message("Write the follow-up answer")
  String action_answer();

  @Message("Close without answer")
  String action_close();

  @Message("Reason")
  String action_reason();

  @Message("Text for the customer")
  String action_text();

  @Message(
      "This item changed while you were looking at it. Its current state is shown below; nothing was applied.")
  String conflict();

  @Message("Done.")
  String done();

  @Message("Keyboard")
  String help_title();

  @Message(
      "j / k: next / previous item; a: approve; e: edit; r: reject; /: search; ?: this help; Esc: close")
  String help_keys();

  @Message("Close")
  String help_close();

  @Message("Auto-publish rate per day")
  String chart_auto_rate();

  @Message("Hold reasons")
  String chart_hold_reasons();

  @Message("Time to first reply, minutes (p50 and p95)")
  String chart_first_reply();

  @Message("Time to staff follow-up, hours (p50 and p95)")
  String chart_followup();

  @Message("SLA breaches per day")
  String chart_breaches();

  @Message("{done} done, {conflicts} changed meanwhile and left as they are, {refused} refused.")
  String bulk_done(int done, int conflicts, int refused);

  @Message("Last {days} days, shops you may see.")
  String analytics_scope(int days);
}
