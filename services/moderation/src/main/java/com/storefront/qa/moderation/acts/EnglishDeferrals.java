package com.storefront.qa.moderation.acts;

import static com.storefront.qa.moderation.acts.EnglishWords.MODAL;
import static com.storefront.qa.moderation.acts.EnglishWords.REST;
import static com.storefront.qa.moderation.acts.EnglishWords.STAFF;
import static com.storefront.qa.moderation.acts.EnglishWords.VERB;
import static com.storefront.qa.moderation.acts.EnglishWords.free;
import static com.storefront.qa.moderation.acts.EnglishWords.np;

/**
 * English deferrals: a future action of the staff (check, confirm, reply, contact), the reasons
 * staff must answer rather than the reply, receipt of the question, and referral to the shop's own
 * customer service.
 */
final class EnglishDeferrals {
  /** Adds this family's acts to {@code g}. */
  static Grammar addTo(Grammar g) {
    return g.add(
            Act.DEFERRAL,
            STAFF
                + " ?"
                + MODAL
                + "? ?(?:(?:also|quickly|carefully|personally|gladly|happily|now|still|currently) )?"
                + "(?:(?:have|get|let) "
                + STAFF
                + " )?"
                + VERB
                + "\\b"
                + REST)
        .add(Act.DEFERRAL, "let (?:me|us) (?:(?:have|get) " + STAFF + " )?" + VERB + "\\b" + REST)
        // "I've asked our sleep specialists to review this", "let me pass that to our shipping
        // team".
        .add(
            Act.DEFERRAL,
            "(?:(?:we|i)(?:'ve| have)? (?:asked|told|requested|reached out to)|let (?:me|us) ask) "
                + STAFF
                + " to "
                + VERB
                + "\\b"
                + REST
                + "|(?:let (?:me|us)|(?:we|i)(?:'ll| will)) (?:pass|forward|hand|send|bring)(?: (?:this|that|it|your (?:question"
                + "|request|message)))?(?: (?:along|on|over))? to "
                + STAFF,
            // Not "ask": "thanks for asking" is in most replies, and the staff pattern would run
            // before it at every position.
            "asked",
            "let me ask",
            "let us ask",
            "told",
            "requested",
            "reached",
            "pass",
            "forward",
            "hand",
            "send",
            "bring")
        .add(
            Act.DEFERRAL,
            STAFF
                + " ?(?:needs?|will need|may need|'ll need) (?:a little |some |a bit of )?(?:more )?time"
                + " to "
                + VERB
                + "\\b"
                + REST)
        .add(Act.DEFERRAL, "(?:we|i) ?(?:will |'ll )?(?:need|have) to " + VERB + "\\b" + REST)
        .add(
            Act.DEFERRAL,
            "(?:(?:we|i)(?: want| would like|'d like) to |(?:we|i)(?:'d| would) rather |(?:just )?to )"
                + "(?:make sure|ensure|give you|get you|provide)"
                + REST)
        .add(
            Act.DEFERRAL,
            "(?:we|i)(?:'ll| will) (?:make sure|ensure) (?:that )?(?:you get|you receive|we give you|to give you) "
                + "(?:an? |the )?(?:accurate|correct|right|reliable|clear|proper|precise) (?:answer|information|info|reply"
                + "|details)"
                + REST)
        .add(
            Act.REFERRAL,
            "(?:(?:if (?:it's|it is) urgent|if you need (?:it|an answer) (?:sooner|faster|urgently)"
                + "|in the meantime|(?:for|in case of|should you need) [a-z' ]{1,30}),? )?you(?:'re| are)? (?:can )?(?:also )?(?:welcome to )?(?:always )?"
                + "(?:contact|reach out to|reach|call|message|email) (?:our )?(?:customer (?:service|support"
                + "|care)(?: team)?|support team|team|us)(?: directly)?(?: in the meantime| anytime"
                + "| at any time)?(?: (?:through|via|on|using|from) "
                + np(4)
                + ")?")
        .add(
            Act.DEFERRAL,
            free(3)
                + " (?:can|may|might|could|will) (?:vary|differ|depend on "
                + np(6)
                + "|be (?:tricky|hard to (?:tell|judge)|confusing)|feel different|look (?:a bit |a little )?different"
                // What the customer's condition does: "Sensitive skin can make fabric choices
                // tricky".
                + "|make (?:[a-z'-]{1,15} ){1,3}(?:a bit |a little |really )?(?:tricky|difficult|hard|confusing|stressful))"
                + "(?: from (?:person to person|one person to another|screen to screen)| for everyone| by (?:person|body type)"
                + "| (?:on|across) (?:every|different|each|your) (?:screens?|monitors?|devices?))?")
        .add(
            Act.DEFERRAL,
            np(4)
                + " (?:deserves?|needs?|requires?) (?:an? )?(?:accurate|careful|correct|proper|clear)"
                + " (?:answer|check|information|reply)",
            "deserve",
            "need",
            "require")
        .add(
            Act.DEFERRAL,
            "(?:"
                + STAFF
                + " ?(?:'ve|have|has) (?:already )?(?:passed|forwarded|sent|shared|handed|flagged|escalated) "
                + "(?:your (?:question|message|inquiry|request)|this|it)(?: on| along| over)?"
                + " to (?:our|the) (?:[a-z]{2,15} ){0,2}(?:team|staff|specialists?|department)"
                + "|your (?:[a-z-]{2,20} ){0,2}(?:question|message|inquiry|request) (?:has been|was|is being) (?:passed on|passed along"
                + "|passed|forwarded|sent|shared|handed over|flagged|escalated) to (?:our|the) (?:[a-z]{2,15} ){0,2}"
                + "(?:team|staff|specialists?|department))"
                + "(?: (?:who|that) (?:handles?|manages?|looks after|knows) "
                + np(4)
                + ")?"
                // ...and what they will do: ", who will confirm the care details and reply soon".
                + "(?:,? (?:who|and they|they)(?: will|'ll| can) "
                + VERB
                + "\\b"
                + REST
                + ")?")
        // Receipt by the staff: "Our team has your question and will reply as soon as possible".
        .add(
            Act.DEFERRAL,
            STAFF
                + " (?:has|have|now has|now have|'s got|'ve got|(?:has|have|'ve) (?:received|got|seen|noted|logged))"
                + " (?:your|the) (?:[a-z-]{2,20} )?(?:question|message|inquiry"
                + "|request|details)(?: (?:and|,) (?:will|'ll) "
                + VERB
                + "\\b"
                + REST
                + ")?",
            "question",
            "message",
            "inquiry",
            "request",
            "details")
        .add(
            Act.DEFERRAL,
            "(?:we|i)(?:'d| would) (?:like|love|want) " + STAFF + " to " + VERB + "\\b" + REST)
        .add(
            Act.PATIENCE,
            "(?:you can |please )?expect (?:a|an|our) (?:reply|answer|update|response)(?: from us)?(?: (?:very )?(?:soon|shortly))?",
            "expect")
        // Why the staff answer: a wrong answer must not be given, or the speaker cannot say yet.
        .add(
            Act.DEFERRAL,
            "(?:we|i) (?:don't|do not|wouldn't|would not|never) want to (?:give|tell|send|share with) you"
                + " (?:a |an |the |any )?(?:wrong|incorrect|inaccurate|misleading|bad) (?:answer|information|info|details)"
                + "|(?:i|we)(?:'d| would) hate for you to (?:have|get|run into|be) "
                + free(8)
                + "|(?:i|we)(?:'d| would) hate to (?:give|tell|send) you (?:a |the |any )?(?:wrong|incorrect"
                + "|inaccurate) (?:answer|information|info|details)"
                + "|(?:we|i)(?: want|'d like| would like| need) to (?:be sure|make sure|be certain|get (?:it|this|that|everything) (?:exactly |just |100% )?right"
                + "|be (?:extra |very |really )?(?:careful|accurate|thorough|precise)(?: and (?:careful|accurate|thorough|precise))?"
                + "|be (?:100% |completely |absolutely |totally |fully )sure)"
                + "(?: before (?:answering|replying|responding|(?:we|i) (?:answer|reply|respond))(?: (?:on |about )?"
                + EnglishWords.CLAUSE
                + ")?)?"
                + "|(?:we|i)(?:'d| would) rather (?:confirm|check|verify) than guess"
                + "|(?:i|we) (?:can't|cannot|can not|am not able to|'m not able to|'m unable to|are unable to"
                + "|'re unable to|'re not able to) (?:confirm|say|answer|tell you|verify)"
                + "(?: (?:that|this|it|for sure|yet|right now|at the moment|just yet|offhand))*")
        // "The cable length is one of those details we'd rather confirm than guess."
        .add(
            Act.DEFERRAL,
            np(8)
                + " (?:is|are) (?:exactly |definitely |really )?(?:something|one of (?:the|those) (?:things|details|questions)"
                + "|(?:exactly )?the kind of (?:thing|question|detail)|an? (?:[a-z-]{2,15} )?(?:detail|question|thing))"
                + "(?: that)? "
                + STAFF
                + "(?: will| would|'ll|'d)? ?"
                + "(?:(?:needs? to|want to|wants to|rather|would rather|'d rather|have to|has to) )?"
                + VERB
                + REST
                + "(?: rather than guess| than guess)?",
            "something",
            "kind of",
            "one of those",
            "detail",
            "question",
            "thing")
        // The passive: "Fitment for a 2018 Civic will be checked by our parts specialists".
        .add(
            Act.DEFERRAL,
            np(10)
                + " (?:will|'ll|is going to|are going to) be (?:double-)?(?:checked|confirmed|verified|reviewed|looked (?:at|into)"
                + "|measured|answered|investigated) by "
                + STAFF
                + REST,
            " by ")
        // Why the staff check first: "so you get an accurate answer", "so you can plan ahead".
        .add(
            Act.DEFERRAL,
            "(?:so|so that) you can (?:plan (?:ahead|accordingly|your trip)|decide|make (?:an informed|the right)"
                + " (?:choice|decision)|choose)",
            "you can")
        .add(
            Act.DEFERRAL,
            "(?:so|so that|to make sure|to ensure) you (?:get|receive|have) (?:an? |the |the most )?"
                + "(?:accurate|correct|right|reliable|clear|proper|exact|precise) (?:answer|information|info|reply"
                + "|details)")
        // Receipt of the question, and what happens next.
        .add(
            Act.DEFERRAL,
            "(?:we(?:'ve| have)|i(?:'ve| have)) (?:received|got|noted|logged|seen) (?:your|the) (?:question|message"
                + "|inquiry|enquiry|request)(?: (?:logged|noted|down))?(?: (?:about|on|regarding) "
                + np(8)
                + ")?|here's what (?:happens|we'll do|will happen) next"
                + "|(?:we(?:'ve| have)|i(?:'ve| have)) (?:noted|made a note|taken note)(?: that)? you(?:'d| would) like to know"
                + " (?:whether|if|what|how|about|more about) "
                + free(14))
        // Why the staff take care: "Because allergies are so important,", "Because this involves
        // medication,". What matters or what the question touches, never what the product is.
        .add(
            Act.DEFERRAL,
            "(?:because|since|given that) (?:"
                + np(5)
                + " (?:is|are) (?:so |really |very |extremely |especially |such )?(?:important|sensitive|serious"
                + "|a (?:serious|sensitive|health) (?:matter|topic|issue)|a priority)"
                + "|(?:this|that|it|your question) (?:involves|concerns|relates to|touches on|affects|is about) "
                + np(5)
                + ")",
            "because",
            "since",
            "given");
  }

  private EnglishDeferrals() {}
}
