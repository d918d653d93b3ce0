using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Sending.Content;
using AutoMeet.Sequences;
using AutoMeet.Storage;
using AutoMeet.Templates;

namespace AutoMeet.Sending.Preview;

/// <summary>The default <see cref="ICampaignPreview"/>.</summary>
internal sealed class CampaignPreview(SendComposer composer, ITemplateEngine templates) : ICampaignPreview
{
    private static readonly Uri SampleUnsubscribe = new("https://example.invalid/unsubscribe?token=preview");

    public async Task<IReadOnlyList<StepPreview>> PreviewAsync(IAutoMeetStore store, Id<Campaign> campaignId, Id<Prospect>? prospectId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (campaign, sequence) = await LoadAsync(store, campaignId, cancellationToken).ConfigureAwait(false);
        var prospect = prospectId is { } id
            ? await store.Prospects.FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new KeyNotFoundException($"Prospect {id} does not exist.")
            : new Prospect { OwnerId = campaign.OwnerId, Email = "sam.sample@example.com", FirstName = "Sam", LastName = "Sample", Company = "Example Corp", Title = "Head of Operations" };
        var mailbox = (campaign.MailboxAccountId is { } mailboxId ? await store.MailboxAccounts.FindAsync(mailboxId, cancellationToken).ConfigureAwait(false) : null)
            ?? new MailboxAccount { OwnerId = campaign.OwnerId, EmailAddress = "you@example.com", DisplayName = "You" };

        var previews = new List<StepPreview>();
        var thread = (Messaging.EmailThread?)null;
        foreach (var step in EmailSteps(sequence))
        {
            var row = new OutboxMessage { OwnerId = campaign.OwnerId, CampaignId = campaign.Id, StepPosition = step.Position, MailboxAccountId = mailbox.Id, RfcMessageId = "preview@example.invalid" };
            var composed = composer.Compose(row, step, prospect, mailbox, campaign, thread, SampleUnsubscribe);
            if (composed.Email is not { } email)
            {
                previews.Add(new StepPreview(step.Position, null, null, null, [], composed.Error));
                continue;
            }

            previews.Add(new StepPreview(step.Position, email.Subject, email.TextBody, email.HtmlBody, EmailContentChecker.Check(email.Subject, email.TextBody, email.HtmlBody), null));
            if (step.Kind == SequenceStepKind.NewThreadEmail || thread is null)
            {
                // Later follow-ups thread under the first e-mail, as they will when sent.
                thread = new Messaging.EmailThread { Subject = email.Subject };
                thread.Messages.Add(new Messaging.EmailMessage { RfcMessageId = "preview@example.invalid", Subject = email.Subject });
            }
        }

        return previews;
    }

    public async Task<IReadOnlyList<StepTemplateCheck>> CheckTemplatesAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (campaign, sequence) = await LoadAsync(store, campaignId, cancellationToken).ConfigureAwait(false);
        var prospects = new List<Prospect>();
        for (var skip = 0; ; skip += PageRequest.MaxTake)
        {
            var page = await store.Enrollments.ListByCampaignAsync(campaign.Id, new PageRequest(skip, PageRequest.MaxTake), cancellationToken).ConfigureAwait(false);
            foreach (var enrollment in page)
            {
                if (await store.Prospects.FindAsync(enrollment.ProspectId, cancellationToken).ConfigureAwait(false) is { } prospect)
                {
                    prospects.Add(prospect);
                }
            }

            if (page.Count < PageRequest.MaxTake)
            {
                break;
            }
        }

        var models = prospects.Select(p => (p.Id, Model: TemplateModel.FromProspect(p, campaignName: campaign.Name))).ToList();
        var checks = new List<StepTemplateCheck>();
        foreach (var step in EmailSteps(sequence))
        {
            var variables = new List<TemplateVariable>();
            var missing = new Dictionary<Id<Prospect>, SortedSet<string>>();
            string? error = null;
            foreach (var (what, source) in new[] { ("subject", step.SubjectTemplate), ("body", step.BodyTemplate) })
            {
                if (string.IsNullOrEmpty(source))
                {
                    continue;
                }

                if (!templates.TryCompile(source, out var compiled, out var parseError))
                {
                    error ??= $"The {what} of step {step.Position} does not parse at line {parseError.Line}, column {parseError.Column}: {parseError.Message}";
                    continue;
                }

                variables.AddRange(compiled.Variables.Where(v => !variables.Contains(v)));
                foreach (var lack in templates.FindMissingVariables(compiled, models.Select(m => m.Model)))
                {
                    var prospectId = models.First(m => ReferenceEquals(m.Model, lack.Model)).Id;
                    if (!missing.TryGetValue(prospectId, out var set))
                    {
                        missing[prospectId] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.UnionWith(lack.Variables);
                }
            }

            checks.Add(new StepTemplateCheck(step.Position, error, variables, [.. missing.Select(m => (m.Key, (IReadOnlyList<string>)[.. m.Value]))]));
        }

        return checks;
    }

    private static IEnumerable<SequenceStep> EmailSteps(OutreachSequence sequence) =>
        sequence.Steps.Where(s => s.Kind is SequenceStepKind.NewThreadEmail or SequenceStepKind.FollowUpEmail).OrderBy(s => s.Position);

    private static async Task<(Campaign Campaign, OutreachSequence Sequence)> LoadAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken)
    {
        var campaign = await store.Campaigns.FindAsync(campaignId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Campaign {campaignId} does not exist.");
        var sequence = (campaign.SequenceId is { } sequenceId ? await store.Sequences.FindAsync(sequenceId, cancellationToken).ConfigureAwait(false) : null)
            ?? throw new KeyNotFoundException($"Campaign '{campaign.Name}' has no sequence.");
        return (campaign, sequence);
    }
}
