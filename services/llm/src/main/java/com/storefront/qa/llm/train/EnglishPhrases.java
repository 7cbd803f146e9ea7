package com.storefront.qa.llm.train;

import com.storefront.qa.llm.train.Phrases.Topic;
import java.util.List;

/** English questions and acknowledgement acts. */
final class EnglishPhrases {
  private EnglishPhrases() {}

  static Phrases get() {
    return new Phrases(
        "en",
        List.of(
            "Linen Shirt",
            "Merino Sweater",
            "Down Jacket",
            "Denim Jeans",
            "Leather Wallet",
            "Travel Backpack",
            "Running Shoes",
            "Wireless Earbuds",
            "Bluetooth Speaker",
            "Power Bank",
            "Air Fryer",
            "Espresso Machine",
            "Nonstick Pan",
            "Glass Food Containers",
            "Camping Chair",
            "Baby Bib Set",
            "Dog Bed",
            "Hand Cream",
            "Oak Desk",
            "Wall Clock",
            "Blackout Curtains",
            "Memory Foam Pillow",
            "Organic Coffee Beans",
            "Gift Box of Cookies",
            "Phone Stand",
            "Garden Hose",
            "LED Desk Light",
            "Rain Boots",
            "Electric Toothbrush"),
        List.of(
            Topic.of(
                "sizing",
                "What size should I get for the {p}?",
                "Does the {p} run small?",
                "I'm 5'9\" and usually wear a medium. Which size would fit?",
                "Is it true to size?"),
            Topic.of(
                "washing and care",
                "Can I put the {p} in the washing machine?",
                "Is it machine washable?",
                "Does it need dry cleaning?",
                "Will it shrink after washing?"),
            Topic.of(
                "the material",
                "What is the {p} made of?",
                "Is it 100% cotton?",
                "What fabric is the lining?"),
            Topic.of(
                "delivery times",
                "How long does delivery take?",
                "If I order the {p} today, when will it arrive?",
                "Do you ship on weekends?"),
            Topic.of(
                "restocking",
                "When will the {p} be back in stock?",
                "Will you restock this colour?",
                "Can I get notified when it's available again?"),
            Topic.of(
                "the colour",
                "Does the colour look like the photos?",
                "Does the {p} come in other colours?",
                "Is the white see-through?"),
            Topic.of(
                "the dimensions",
                "What are the dimensions of the {p}?",
                "How tall is it?",
                "How big is it when folded?"),
            Topic.of("the weight", "How much does the {p} weigh?", "Is it heavy to carry around?"),
            Topic.of(
                "what is included",
                "What comes in the box with the {p}?",
                "Is a charging cable included?",
                "Does it come with a manual?"),
            Topic.of(
                "how to use it",
                "How do I set up the {p}?",
                "Is it hard to assemble?",
                "Do I need anything else to use it?"),
            Topic.of(
                "compatibility",
                "Does the {p} work with an iPhone?",
                "Is it compatible with Android phones?",
                "Can I use it on a gas stove?"),
            Topic.of(
                "the repair options",
                "What happens if the {p} breaks?",
                "Can it be repaired if it breaks?",
                "Do you offer repairs?"),
            Topic.of(
                "gift wrapping",
                "Can you gift wrap the {p}?",
                "Can I add a gift message?",
                "Does it come in a gift box?"),
            Topic.of(
                "returns and exchanges",
                "Can I exchange the {p} if it doesn't fit?",
                "What is your return policy?",
                "Can I get a refund if I change my mind?"),
            Topic.of("where it is made", "Where is the {p} made?", "Is it made in the USA?"),
            Topic.of("the shelf life", "How long does the {p} keep?", "What is the expiry date?"),
            Topic.of(
                "storage",
                "Should the {p} be kept in the fridge?",
                "How should I store it after opening?"),
            Topic.of(
                "battery life",
                "How long does the battery of the {p} last?",
                "How long does it take to charge?"),
            Topic.of(
                "keeping warm",
                "Is the {p} warm enough for winter?",
                "How long does it keep drinks hot?"),
            Topic.of(
                "allergens",
                "Does the {p} contain nuts?",
                "I have a gluten allergy. Is it safe for me?"),
            Topic.of(
                "the condition of the item", "Is the {p} brand new?", "Is this a display model?")),
        List.of("", "Hello!", "Hi there!", "Hi!", "Hello, and thank you for reaching out!"),
        List.of(
            "",
            "Thank you for your question.",
            "Thanks for reaching out!",
            "Thanks for asking!",
            "Thank you for your question!"),
        List.of("Thanks for asking about {t}!", "Thank you for your question about {t}."),
        List.of(
            "Our product team will check {t} and get back to you shortly.",
            "Regarding {t}, our product team will review the details and get back to you with accurate information shortly.",
            "Our team will confirm {t} and reply as soon as possible.",
            "We'll check {t} with our product team and let you know soon."),
        List.of(
            "Our product team will check {t} of the {p} and get back to you shortly.",
            "Regarding {t} of the {p}, our product team will review the details and get back to you soon."),
        List.of(
            "Our product team will check and get back to you with an accurate answer shortly.",
            "We'll have our product specialists look into it and get back to you soon.",
            "Our staff will look into it and reply shortly.",
            "We'll need to confirm this with our product team before giving you an answer."),
        List.of(
            "",
            "Thank you for your patience.",
            "Thanks for your patience!",
            "We'll be in touch shortly."),
        List.of("", "Have a great day!", "Thank you!", "Thanks so much!"));
  }
}
