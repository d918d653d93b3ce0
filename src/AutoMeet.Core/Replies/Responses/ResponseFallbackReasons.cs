namespace AutoMeet.Replies.Responses;

/// <summary>
/// Why a model's draft was not used and the template wrote the answer instead, recorded in
/// <see cref="ReplyDraft.Generator"/> as <c>template:&lt;key&gt; (fallback: &lt;reason&gt;)</c>. Timeouts, provider
/// errors and empty answers use the classifier's reasons (<see cref="Ai.AiFallbackReasons"/>).
/// </summary>
public static class ResponseFallbackReasons
{
    /// <summary>The answer was not JSON matching the schema.</summary>
    public const string InvalidJson = Ai.AiFallbackReasons.Prefix + "invalid-draft-json";

    /// <summary>The body was empty, too long, or the confidence out of range.</summary>
    public const string InvalidDraft = Ai.AiFallbackReasons.Prefix + "invalid-draft";

    /// <summary>The body held markup, template tags or the prompt's data markers.</summary>
    public const string Markup = Ai.AiFallbackReasons.Prefix + "draft-markup";

    /// <summary>The body held a URL, domain or e-mail address that is not in <see cref="ResponseOptions.AllowedLinks"/>.</summary>
    public const string LinkNotAllowed = Ai.AiFallbackReasons.Prefix + "link-not-allowed";

    /// <summary>The body promised a discount, a free period or a price, which only people may offer.</summary>
    public const string CommercialPromise = Ai.AiFallbackReasons.Prefix + "commercial-promise";

    /// <summary>The body named a date, a time or a booking: meeting times come only from the scheduler, within availability.</summary>
    public const string TimeNotAllowed = Ai.AiFallbackReasons.Prefix + "time-not-allowed";
}
