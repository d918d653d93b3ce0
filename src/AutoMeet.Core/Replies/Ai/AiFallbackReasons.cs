namespace AutoMeet.Replies.Ai;

/// <summary>
/// The reasons recorded (in <see cref="ReplyClassification.Reasons"/>, first) when the AI classifier did not use the
/// model's answer and the offline decision stands. Every value starts with <see cref="Prefix"/>; the decision's
/// <see cref="ReplyClassification.Classifier"/> is then the offline classifier's name.
/// </summary>
public static class AiFallbackReasons
{
    /// <summary>The prefix of every fallback reason.</summary>
    public const string Prefix = "ai-fallback:";

    /// <summary>A hard signal (bounce, auto-reply headers, removal request, calendar notice) decided without the model, which was not consulted.</summary>
    public const string HardSignal = Prefix + "hard-signal";

    /// <summary>The reply has no new text of its own (only quotes or a signature); the model was not consulted.</summary>
    public const string NoText = Prefix + "no-text";

    /// <summary>The reply contains instructions aimed at a model; its answer would not be trusted, so it was not consulted.</summary>
    public const string InjectionSuspected = Prefix + "injection-suspected";

    /// <summary>The model did not answer within <see cref="AiReplyOptions.Timeout"/>.</summary>
    public const string Timeout = Prefix + "timeout";

    /// <summary>The chat client threw.</summary>
    public const string ProviderError = Prefix + "provider-error";

    /// <summary>The answer was empty.</summary>
    public const string EmptyResponse = Prefix + "empty-response";

    /// <summary>The answer was not JSON matching the schema (syntax, missing or extra properties, wrong types).</summary>
    public const string InvalidJson = Prefix + "invalid-json";

    /// <summary>The answer named a category that does not exist.</summary>
    public const string UnknownLabel = Prefix + "unknown-label";

    /// <summary>The answer named a category the model may not decide (<c>bounce</c> is decided from the message itself).</summary>
    public const string ForbiddenLabel = Prefix + "forbidden-label";

    /// <summary>The objection type was missing, unknown, or given for a category other than <c>objection</c>.</summary>
    public const string InvalidObjection = Prefix + "invalid-objection";

    /// <summary>Confidence was outside [0, 1] or sentiment outside [-1, 1].</summary>
    public const string OutOfRange = Prefix + "out-of-range";

    /// <summary>After the guardrail caps, the model's confidence was below <see cref="AiReplyOptions.MinConfidence"/>.</summary>
    public const string LowConfidence = Prefix + "low-confidence";

    /// <summary>An extracted window failed validation (zone, order, length, horizon, hours or evidence in the text).</summary>
    public const string InvalidWindows = Prefix + "invalid-windows";
}
