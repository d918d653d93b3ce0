namespace AutoMeet.Templates.Library;

/// <summary>
/// The answers to replies (category <see cref="TemplateCategory.Response"/>), one per reply-draft situation, keyed
/// <c>response.&lt;situation&gt;</c> in English and <c>response.&lt;situation&gt;.&lt;language&gt;</c> in other
/// languages. They are sent in the thread (no subject), name no price, discount, date or time, and hold no links:
/// concrete times come only from the meeting scheduler.
/// </summary>
public static partial class TemplateLibrary
{
    /// <summary>The key prefix of the response templates.</summary>
    public const string ResponseKeyPrefix = "response.";

    private const string Hi = "Hi {{ prospect.first_name | default: \"there\" }},\n\n";
    private const string Hallo = "Hallo {{ prospect.first_name | default: \"zusammen\" }},\n\n";
    private const string Sign = "\n\nBest,\n{{ sender.name }}";
    private const string Gruss = "\n\nViele Grüße\n{{ sender.name }}";

    private static LibraryTemplate[] Responses =>
    [
        Response("question", "Answer a question",
            Hi + "Thanks for the question. Short answer: it depends a little on how {{ prospect.company | default: \"your team\" }} works today, so I would rather give you a precise answer than a generic one.\n\nWould a short call help? I can walk you through it and answer anything else that comes up."),
        Response("interested_info", "Send the material",
            Hi + "Thanks for your interest. I will put together the material that fits {{ prospect.company | default: \"your team\" }} best and send it over.\n\nIf it raises questions, a short call is often the quickest way to answer them."),
        Response("not_interested", "Courteous close",
            Hi + "Thanks for letting me know, and for taking the time to reply. I will not follow up on this.\n\nAll the best to you and the team at {{ prospect.company | default: \"your company\" }}."),
        Response("referral", "Thank the referrer",
            Hi + "Thank you for pointing me in the right direction, much appreciated. I will reach out to them and keep it short."),
        Response("objection.timing", "Timing: later",
            Hi + "Completely understood, the timing matters. I will check back later rather than fill your inbox now.\n\nIf anything changes at {{ prospect.company | default: \"your end\" }} before then, just reply here."),
        Response("objection.budget", "Budget: value first",
            Hi + "Fair point, and thanks for being direct. Most teams we talk to start by checking whether the time saved covers the cost before any budget discussion.\n\nWould a short call to run those numbers for {{ prospect.company | default: \"your team\" }} be useful?"),
        Response("objection.authority", "Authority: who decides",
            Hi + "Thanks for letting me know. Who would be the right person to talk to about this at {{ prospect.company | default: \"your company\" }}? A name is plenty, and I will mention that you pointed me there."),
        Response("objection.competitor", "Competitor: complement",
            Hi + "Thanks, good to know you already have something in place. Many of our customers came from a similar setup and kept what worked.\n\nIf it is ever useful to compare notes, I would be glad to show where we differ."),
        Response("objection.need", "Need: check the fit",
            Hi + "Thanks for the honest answer. If the problem is not there, there is nothing to fix.\n\nOut of curiosity, how does {{ prospect.company | default: \"your team\" }} handle it today? If it is ever a topic, I am happy to share what we see elsewhere."),
        Response("objection.trust", "Trust: earn it",
            Hi + "That is a reasonable concern, and I would rather address it properly than brush past it. I can share how we handle data and security, and put you in touch with a customer in a similar situation.\n\nWould that help?"),
        Response("question", "Frage beantworten",
            Hallo + "danke für die Frage. Die kurze Antwort hängt etwas davon ab, wie {{ prospect.company | default: \"Ihr Team\" }} heute arbeitet, und ich möchte Ihnen lieber eine genaue als eine allgemeine Antwort geben.\n\nWäre ein kurzes Gespräch hilfreich?", "de"),
        Response("interested_info", "Unterlagen senden",
            Hallo + "danke für Ihr Interesse. Ich stelle die passenden Unterlagen zusammen und schicke sie Ihnen.\n\nWenn dabei Fragen entstehen, klären wir sie am schnellsten in einem kurzen Gespräch.", "de"),
        Response("not_interested", "Höflicher Abschluss",
            Hallo + "danke für Ihre Rückmeldung und dass Sie sich die Zeit genommen haben. Ich melde mich dazu nicht mehr.\n\nAlles Gute für Sie und das Team!", "de"),
        Response("referral", "Danke für den Hinweis",
            Hallo + "vielen Dank für den Hinweis auf die richtige Ansprechperson. Ich melde mich dort und halte es kurz.", "de"),
        Response("objection.timing", "Zeitpunkt: später",
            Hallo + "verstanden, der Zeitpunkt muss passen. Ich melde mich später wieder, statt jetzt Ihr Postfach zu füllen.\n\nWenn sich vorher etwas ändert, antworten Sie einfach hier.", "de"),
        Response("objection.budget", "Budget: erst der Nutzen",
            Hallo + "danke für die offene Antwort. Die meisten Teams prüfen zuerst, ob die gesparte Zeit die Kosten deckt, bevor es um Budget geht.\n\nWäre ein kurzes Gespräch hilfreich, um das für Sie durchzurechnen?", "de"),
    ];

    /// <summary>
    /// Finds the response template for a situation in a language: the language's own template when the library has one,
    /// otherwise the English one.
    /// </summary>
    /// <param name="situationWireName">The situation's wire name, for example <c>objection.budget</c>.</param>
    /// <param name="language">An ISO 639-1 language code, for example <c>de</c>; <see langword="null"/> for English.</param>
    /// <returns>The template, or <see langword="null"/> when the library has none for the situation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="situationWireName"/> is <see langword="null"/>.</exception>
    public static LibraryTemplate? FindResponse(string situationWireName, string? language)
    {
        ArgumentNullException.ThrowIfNull(situationWireName);
        var key = ResponseKeyPrefix + situationWireName;
        var localized = string.IsNullOrWhiteSpace(language) || string.Equals(language, "en", StringComparison.OrdinalIgnoreCase)
            ? null
            : Find(key + "." + language.Trim().ToLowerInvariant());
        return localized ?? Find(key);
    }

    private static LibraryTemplate Response(string situation, string name, string body, string language = "en") =>
        new(TemplateCategory.Response, ResponseKeyPrefix + situation + (language == "en" ? string.Empty : "." + language), name, null, body + (language == "en" ? Sign : Gruss), language);
}
