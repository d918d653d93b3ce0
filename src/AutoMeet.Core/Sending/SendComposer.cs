using System.Collections.Concurrent;
using System.Net;
using System.Text;
using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Templates;

namespace AutoMeet.Sending;

/// <summary>
/// Builds the e-mail for one planned send: renders the step's subject and body for the prospect (prospect data is
/// data: it is never parsed as a template, and it is HTML-encoded in the HTML part), threads follow-ups into the
/// prospect's thread (<c>In-Reply-To</c>, <c>References</c>, the provider's thread id), and adds the RFC 8058
/// one-click <c>List-Unsubscribe</c> headers and an unsubscribe footer. Pure apart from a cache of compiled templates.
/// </summary>
public sealed class SendComposer
{
    private const int MaxCachedTemplates = 2048;
    private readonly ITemplateEngine _templates;
    private readonly ConcurrentDictionary<string, (CompiledTemplate? Template, TemplateError? Error)> _compiled = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="SendComposer"/> class.</summary>
    /// <param name="templates">The template engine.</param>
    public SendComposer(ITemplateEngine templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _templates = templates;
    }

    /// <summary>Composes the e-mail of a planned send.</summary>
    /// <param name="row">The outbox row (its Message-ID is used as is).</param>
    /// <param name="step">The sequence step being sent.</param>
    /// <param name="prospect">The recipient.</param>
    /// <param name="sender">The sending mailbox.</param>
    /// <param name="campaign">The campaign.</param>
    /// <param name="thread">The prospect's thread, for follow-ups; <see langword="null"/> for a first e-mail.</param>
    /// <param name="unsubscribeUrl">The signed unsubscribe link for this recipient.</param>
    /// <returns>The e-mail, or the reason it cannot be built.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="thread"/> is <see langword="null"/>.</exception>
    public ComposedEmail Compose(OutboxMessage row, SequenceStep step, Prospect prospect, MailboxAccount sender, Campaign campaign, EmailThread? thread, Uri unsubscribeUrl)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(prospect);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(unsubscribeUrl);

        if (step.Kind is not (SequenceStepKind.NewThreadEmail or SequenceStepKind.FollowUpEmail))
        {
            return ComposedEmail.Failed($"Step {step.Position} is a {step.Kind} step, not an e-mail.");
        }

        if (string.IsNullOrWhiteSpace(step.BodyTemplate))
        {
            return ComposedEmail.Failed($"Step {step.Position} has no body template.");
        }

        var model = TemplateModel.FromProspect(prospect, sender.DisplayName ?? string.Empty, sender.EmailAddress, campaign.Name, row.Variant ?? string.Empty);
        var inThread = step.Kind == SequenceStepKind.FollowUpEmail && thread is { Messages.Count: > 0 };

        string subject;
        if (inThread)
        {
            subject = thread!.Subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? thread.Subject : "Re: " + thread.Subject;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(step.SubjectTemplate))
            {
                return ComposedEmail.Failed($"Step {step.Position} starts a new thread but has no subject template.");
            }

            var (subjectTemplate, subjectError) = Compile(step.SubjectTemplate);
            if (subjectTemplate is null)
            {
                return ComposedEmail.Failed($"The subject of step {step.Position}", subjectError!);
            }

            subject = OneLine(_templates.Render(subjectTemplate, model, TemplateFormat.PlainText));
            if (subject.Length == 0)
            {
                return ComposedEmail.Failed($"The subject of step {step.Position} renders empty for this prospect.");
            }
        }

        var (bodyTemplate, bodyError) = Compile(step.BodyTemplate);
        if (bodyTemplate is null)
        {
            return ComposedEmail.Failed($"The body of step {step.Position}", bodyError!);
        }

        var text = _templates.Render(bodyTemplate, model, TemplateFormat.PlainText).TrimEnd();
        var html = _templates.Render(bodyTemplate, model, TemplateFormat.Html).TrimEnd();
        var link = unsubscribeUrl.AbsoluteUri;

        var references = inThread ? thread!.Messages.Select(m => m.RfcMessageId).Where(id => id.Length > 0).ToList() : [];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["List-Unsubscribe"] = $"<{link}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        };

        var email = new OutgoingEmail
        {
            MailboxAccountId = row.MailboxAccountId,
            To = [new EmailAddress(prospect.Email, DisplayName(prospect))],
            Subject = subject,
            TextBody = text + "\n\n--\nIf you would rather not hear from me again, unsubscribe here: " + link + "\n",
            HtmlBody = HtmlDocument(html, link),
            RfcMessageId = row.RfcMessageId,
            ProviderThreadId = inThread ? thread!.ProviderThreadId : null,
            InReplyTo = references.Count > 0 ? references[^1] : null,
            References = references,
            Headers = headers,
        };
        return new ComposedEmail(email, null);
    }

    private (CompiledTemplate? Template, TemplateError? Error) Compile(string source)
    {
        if (_compiled.TryGetValue(source, out var cached))
        {
            return cached;
        }

        if (_compiled.Count >= MaxCachedTemplates)
        {
            _compiled.Clear();
        }

        var result = _templates.TryCompile(source, out var template, out var error) ? (template, (TemplateError?)null) : (null, error);
        _compiled.TryAdd(source, result);
        return result;
    }

    private static string? DisplayName(Prospect prospect)
    {
        var name = $"{prospect.FirstName} {prospect.LastName}".Trim();
        return name.Length == 0 ? null : name;
    }

    private static string OneLine(string value) => value.ReplaceLineEndings(" ").Trim();

    private static string HtmlDocument(string renderedHtml, string unsubscribeLink)
    {
        // The body template is written as plain text: keep its line breaks. Merge values were HTML-encoded by the engine.
        var html = new StringBuilder("<!DOCTYPE html><html><body><div>");
        var paragraphs = renderedHtml.ReplaceLineEndings("\n").Split("\n\n");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(paragraph.Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        html.Append("</div><p style=\"font-size:small;color:#666\">If you would rather not hear from me again, <a href=\"")
            .Append(WebUtility.HtmlEncode(unsubscribeLink))
            .Append("\">unsubscribe here</a>.</p></body></html>");
        return html.ToString();
    }
}
