using Microsoft.Extensions.Options;

namespace AutoMeet.Replies.Responses;

/// <summary>Validates <see cref="ResponseOptions"/> when the host starts.</summary>
internal sealed class ResponseOptionsValidator : IValidateOptions<ResponseOptions>
{
    public ValidateOptionsResult Validate(string? name, ResponseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ApprovalLinkLifetime < TimeSpan.FromMinutes(5) || options.ApprovalLinkLifetime > TimeSpan.FromDays(30))
        {
            failures.Add($"AutoMeet:Responses:ApprovalLinkLifetime must be between 5 minutes and 30 days (found {options.ApprovalLinkLifetime}).");
        }

        if (options.MaxBodyChars is < 200 or > ReplyDraft.MaxBodyLength)
        {
            failures.Add($"AutoMeet:Responses:MaxBodyChars must be between 200 and {ReplyDraft.MaxBodyLength} (found {options.MaxBodyChars}).");
        }

        if (!double.IsFinite(options.MaxAiConfidence) || options.MaxAiConfidence is < 0 or > 1)
        {
            failures.Add($"AutoMeet:Responses:MaxAiConfidence must be between 0 and 1 (found {options.MaxAiConfidence}).");
        }

        foreach (var link in options.AllowedLinks)
        {
            if (string.IsNullOrWhiteSpace(link))
            {
                failures.Add("AutoMeet:Responses:AllowedLinks must not contain blank entries.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
