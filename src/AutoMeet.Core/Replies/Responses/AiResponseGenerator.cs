using System.Text.Json;
using AutoMeet.Messaging;
using AutoMeet.Replies.Ai;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoMeet.Replies.Responses;

/// <summary>
/// Writes answers with a model (any <see cref="IChatClient"/>) and falls back to the template library whenever the model
/// is not to be trusted: the reply looks like a prompt injection (the model is not consulted), or the call times out or
/// fails, or the answer is not valid JSON for the schema, or it breaks a guardrail (<see cref="ResponseGuardrails"/>).
/// The fallback reason is recorded in the generator name. A model draft's confidence is capped at
/// <see cref="ResponseOptions.MaxAiConfidence"/> and never exceeds the reply decision's.
/// </summary>
internal sealed class AiResponseGenerator(
    IChatClient chatClient, TemplateResponseGenerator templates, IOptions<ResponseOptions> options, IOptions<AiReplyOptions> aiOptions, TimeProvider time, ILogger logger)
    : IResponseGenerator
{
    /// <summary>The generator name recorded with model-written drafts.</summary>
    public const string GeneratorName = "ai";

    private static readonly JsonElement Schema = Parse("""
        {
          "type": "object",
          "properties": {
            "body": { "type": "string", "description": "The plain-text reply." },
            "confidence": { "type": "number", "minimum": 0, "maximum": 1 }
          },
          "required": ["body", "confidence"],
          "additionalProperties": false
        }
        """);

    public async ValueTask<GeneratedResponse?> GenerateAsync(ResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var settings = options.Value;
        var ai = aiOptions.Value;
        if (InjectionDetector.LooksLikeInjection(request.ReplyText))
        {
            var fallback = FallBack(request, AiFallbackReasons.InjectionSuspected);

            // Nothing written in answer to a manipulative reply goes out without the owner.
            return fallback is null ? null : fallback with { Confidence = Math.Min(fallback.Confidence, ai.DisagreementConfidenceCap) };
        }

        var language = request.Language ?? "en";
        var reply = AiPrompt.Clean(request.ReplyText, ai.MaxTextChars);
        var earlier = ai.MaxThreadContextChars == 0 ? string.Empty : AiPrompt.Clean(LastOutbound(request.Thread), ai.MaxThreadContextChars);
        var messages = ResponsePrompt.Build(request, ResponsePrompt.Describe(request.Situation), reply, earlier, language);
        var chatOptions = new ChatOptions
        {
            ModelId = string.IsNullOrWhiteSpace(ai.ModelId) ? null : ai.ModelId,
            Temperature = 0.2f,
            MaxOutputTokens = 700,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(Schema, "reply_draft", "A reply to a prospect."),
        };
        var outcome = await AiChatCall.GetAsync(chatClient, messages, chatOptions, ai.Timeout, time, cancellationToken).ConfigureAwait(false);
        if (outcome.Text is null)
        {
            return FallBack(request, outcome.FailureReason!);
        }

        if (!TryParse(outcome.Text, settings, out var payload, out var failure))
        {
            return FallBack(request, failure);
        }

        var body = payload.Body.Trim();
        var refused = ResponseGuardrails.Check(body, settings.AllowedLinks, request.SenderEmail);
        if (refused is not null)
        {
            return FallBack(request, refused);
        }

        var confidence = Math.Min(Math.Min(payload.Confidence, settings.MaxAiConfidence), Math.Clamp(request.Decision.Confidence, 0, 1));
        return new GeneratedResponse(ResponseSubjects.ReplyTo(request.Thread), body + "\n", language, GeneratorName, confidence);
    }

    private GeneratedResponse? FallBack(ResponseRequest request, string reason)
    {
        ResponsesLog.DraftFellBack(logger, reason);
        return templates.Generate(request, reason);
    }

    private static bool TryParse(string answer, ResponseOptions settings, out ResponsePayload payload, out string failure)
    {
        payload = null!;
        ResponsePayload? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(AiAnswerText.Unfence(answer), ResponseJsonContext.Default.ResponsePayload);
        }
        catch (JsonException)
        {
            parsed = null;
        }

        if (parsed is null)
        {
            failure = ResponseFallbackReasons.InvalidJson;
            return false;
        }

        var length = parsed.Body.Trim().Length;
        if (length == 0 || length > settings.MaxBodyChars || !double.IsFinite(parsed.Confidence) || parsed.Confidence is < 0 or > 1)
        {
            failure = ResponseFallbackReasons.InvalidDraft;
            return false;
        }

        payload = parsed;
        failure = string.Empty;
        return true;
    }

    private static string LastOutbound(EmailThread thread) =>
        thread.Messages.LastOrDefault(m => m.Direction == MessageDirection.Outbound)?.BodyText ?? string.Empty;

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
