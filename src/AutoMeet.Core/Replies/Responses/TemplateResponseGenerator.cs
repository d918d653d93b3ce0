using AutoMeet.Templates;
using AutoMeet.Templates.Library;

namespace AutoMeet.Replies.Responses;

/// <summary>
/// Writes answers from the template library's <see cref="TemplateCategory.Response"/> templates: the reply's language
/// when the library has it, otherwise English. The text is vetted, so the draft's confidence is the reply decision's.
/// </summary>
internal sealed class TemplateResponseGenerator(ITemplateEngine engine) : IResponseGenerator
{
    /// <summary>The prefix of the generator name recorded with template drafts.</summary>
    public const string GeneratorPrefix = "template:";

    public ValueTask<GeneratedResponse?> GenerateAsync(ResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Generate(request, reason: null));
    }

    /// <summary>Renders the template; <paramref name="reason"/> (why the model's text was not used) is recorded with it.</summary>
    public GeneratedResponse? Generate(ResponseRequest request, string? reason)
    {
        var template = TemplateLibrary.FindResponse(request.Situation.ToWireName(), request.Language);
        if (template is null || !engine.TryCompile(template.Body, out var compiled, out _))
        {
            return null;
        }

        var model = TemplateModel.FromProspect(request.Prospect, request.SenderName, request.SenderEmail, request.CampaignName);
        var body = engine.Render(compiled, model, TemplateFormat.PlainText).Trim() + "\n";
        var generator = GeneratorPrefix + template.Key + (reason is null ? string.Empty : $" (fallback: {reason})");
        return new GeneratedResponse(ResponseSubjects.ReplyTo(request.Thread), body, template.Language, generator, Math.Clamp(request.Decision.Confidence, 0, 1));
    }
}
