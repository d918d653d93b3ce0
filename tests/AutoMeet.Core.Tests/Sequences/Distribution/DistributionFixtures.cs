using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Sequences.Distribution;
using MsOptions = Microsoft.Extensions.Options.Options;
using NodaTime;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences.Distribution;

internal static class DistributionFixtures
{
    public static readonly PlanningContext UtcAllDays = Context(Sequence(Email(0), Email(1, 2)), Schedule(days: SendingDays.All, startHour: 9, endHour: 17));

    public static OutreachDistributor Distributor(Action<DistributionOptions>? configure = null)
    {
        var options = new DistributionOptions();
        configure?.Invoke(options);
        return new OutreachDistributor(MsOptions.Create(options));
    }

    public static Id<MailboxAccount> MailboxId(int n) => new(new Guid(n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1));

    public static Id<Enrollment> EnrollmentId(int n) => new(new Guid(n, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0));

    public static MailboxState Mailbox(int n, int limit = 50) => new(MailboxId(n), AccountStatus.Connected, limit);

    public static OutreachCandidate Candidate(
        int n,
        Instant earliest,
        bool followUp = false,
        string? domain = null,
        PlanningContext? context = null,
        string? zone = null,
        Id<MailboxAccount>? mailbox = null) =>
        new(EnrollmentId(n), new Id<Prospect>(EnrollmentId(n).Value), followUp ? 1 : 0, followUp, earliest, context ?? UtcAllDays,
            domain ?? $"company{n}.example", zone, null, mailbox);

    public static DistributionDecision[] Run(
        OutreachDistributor distributor, OutreachCandidate[] candidates, MailboxState[] mailboxes, Instant now, out DistributionSummary summary)
    {
        var results = new DistributionDecision[candidates.Length];
        summary = distributor.Distribute(candidates, mailboxes, results, now);
        return results;
    }

    public static DistributionDecision[] Run(OutreachDistributor distributor, OutreachCandidate[] candidates, MailboxState[] mailboxes, Instant now) =>
        Run(distributor, candidates, mailboxes, now, out _);
}
