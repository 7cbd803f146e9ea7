package com.storefront.qa.review.web;

import com.storefront.qa.review.security.Grants;
import com.storefront.qa.review.security.ShopAccess;
import com.storefront.qa.review.web.queue.QueueScope;
import com.storefront.qa.review.web.view.Chrome;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Locale;

/**
 * What every page resource needs about the current request: the language (and the cookie that
 * remembers an explicit choice), the signed-in member and the shops they may read, and rendering a
 * template into an HTML response in that language.
 */
@RequestScoped
public class PageContext {
  @Inject SecurityIdentity identity;
  @Inject ShopAccess access;
  @Inject HttpHeaders headers;
  @Inject UriInfo uri;

  /** The language of this response: {@code ?lang=}, its cookie, Accept-Language, English. */
  public String lang() {
    String explicit = uri.getQueryParameters().getFirst("lang");
    if (explicit == null) {
      var cookie = headers.getCookies().get(ConsoleLocale.COOKIE);
      explicit = cookie == null ? null : cookie.getValue();
    }
    return ConsoleLocale.choose(explicit, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** The page frame for the section {@code section} ({@code queue}, {@code analytics}, ...). */
  public Chrome chrome(String section) {
    boolean signedIn = !identity.isAnonymous();
    return new Chrome(lang(), signedIn ? identity.getPrincipal().getName() : "", signedIn, section);
  }

  /** The member's name. */
  public String user() {
    return access.username();
  }

  /** The shops the member may read (any role). */
  public QueueScope scope() {
    Grants grants = access.grants();
    return new QueueScope(grants.allShops(), new ArrayList<>(grants.byShop().keySet()));
  }

  /** The access checks of the decisions issue (roles per shop, 404 for other shops' items). */
  public ShopAccess access() {
    return access;
  }

  /** The console's text in this request's language, for messages built in Java. */
  public ConsoleMessages messages() {
    String lang = lang();
    return "en".equals(lang)
        ? MessageBundles.get(ConsoleMessages.class)
        : MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(lang));
  }

  /** Renders {@code page} in this request's language as an HTML response with {@code status}. */
  public Response html(TemplateInstance page, int status) {
    String lang = lang();
    String html = page.setLocale(Locale.forLanguageTag(lang)).render();
    Response.ResponseBuilder response =
        Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    // No page may be cached by a shared proxy: it holds customer questions.
    response.header("Cache-Control", "no-store");
    if (uri.getQueryParameters().containsKey("lang")) {
      response.cookie(
          new NewCookie.Builder(ConsoleLocale.COOKIE)
              .value(lang)
              .path("/")
              .maxAge(365 * 24 * 3600)
              .sameSite(NewCookie.SameSite.STRICT)
              .httpOnly(true)
              .build());
    }
    return response.build();
  }

  /** {@link #html(TemplateInstance, int)} with 200. */
  public Response html(TemplateInstance page) {
    return html(page, 200);
  }
}
