using AutoMeet.Campaigns;
using AutoMeet.Campaigns.Enrolling;
using AutoMeet.Compliance;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Core.Tests.Sending;

public sealed class EnrollmentServiceTests
{
    private static readonly Instant Monday = Instant.FromUtc(2026, 11, 2, 7, 0);

    [Fact]
    public async Task EnrollAsync_MixedRequest_EnrollsTheGoodOnesAndReportsEachSkipWithProgress()
    {
        await using var host = await SendingHost.StartAsync(Monday);
        var good = await AddProspectAsync(host, "dana@globex.example");
        var suppressed = await AddProspectAsync(host, "fox@initech.example");
        var invalid = await AddProspectAsync(host, "walter@@initech");
        var foreign = await AddProspectAsync(host, "skinner@fbi.example", new UserId("someone-else"));
        await host.Services.GetRequiredService<ISuppressionService>().SuppressAsync(SendingHost.Owner, "fox@initech.example", SuppressionReason.Unsubscribed);
        var missing = Id<Prospect>.New();
        var reports = new List<EnrollmentProgress>();

        var result = await host.InStoreAsync(s => Service(host).EnrollAsync(
            s,
            new EnrollmentRequest(host.Campaign.Id, [good.Id, suppressed.Id, invalid.Id, foreign.Id, missing, good.Id]) { BatchSize = 2 },
            new SyncProgress(reports)));

        Assert.Equal(1, result.Enrolled);
        Assert.Equal(
            [EnrollmentSkipReason.Suppressed, EnrollmentSkipReason.InvalidAddress, EnrollmentSkipReason.OtherOwner, EnrollmentSkipReason.NotFound, EnrollmentSkipReason.DuplicateInRequest],
            result.Skipped.Select(s => s.Reason));
        Assert.Equal([2, 4, 6], reports.Select(r => r.Processed));
        Assert.Equal(new EnrollmentProgress(6, 6, 1, 5), reports[^1]);
        Assert.NotNull(await host.InStoreAsync(s => s.Enrollments.FindAsync(host.Campaign.Id, good.Id)));
    }

    [Fact]
    public async Task EnrollAsync_MaximumVerdict_SkipsAddressesTheValidatorJudgesWorseWithItsFindings()
    {
        var dns = new AutoMeet.Core.Tests.Enrichment.FakeDns()
            .Mx("globex.example", 300, (10, "mx.globex.example"))
            .NxDomain("gone.example")
            .Mx("initech.example", 300, (10, "mx.initech.example"));
        await using var host = await SendingHost.StartAsync(Monday, services => services.AddSingleton(dns.Client));
        var good = await AddProspectAsync(host, "dana@globex.example");
        var gone = await AddProspectAsync(host, "walter@gone.example");
        var role = await AddProspectAsync(host, "sales@initech.example");

        var strict = await host.InStoreAsync(s => Service(host).EnrollAsync(s, new EnrollmentRequest(host.Campaign.Id, [good.Id, gone.Id, role.Id]) { MaximumVerdict = EmailVerdict.Deliverable }));

        Assert.Equal(1, strict.Enrolled);
        Assert.Equal([(gone.Id, EnrollmentSkipReason.AddressVerdict), (role.Id, EnrollmentSkipReason.AddressVerdict)], strict.Skipped.Select(s => (s.ProspectId, s.Reason)));
        Assert.StartsWith("the address is undeliverable (at most deliverable allowed): ", strict.Skipped[0].Detail, StringComparison.Ordinal);
        Assert.StartsWith("the address is risky (at most deliverable allowed): ", strict.Skipped[1].Detail, StringComparison.Ordinal);

        // Risky allowed: the role account goes in, the dead domain still does not.
        var lenient = await host.InStoreAsync(s => Service(host).EnrollAsync(s, new EnrollmentRequest(host.Campaign.Id, [gone.Id, role.Id]) { MaximumVerdict = EmailVerdict.Risky }));
        Assert.Equal(1, lenient.Enrolled);
        Assert.Equal(gone.Id, Assert.Single(lenient.Skipped).ProspectId);
    }

    [Fact]
    public async Task EnrollAsync_NoMaximumVerdict_ChecksSyntaxOnlyWithoutDns()
    {
        var dns = new AutoMeet.Core.Tests.Enrichment.FakeDns();
        await using var host = await SendingHost.StartAsync(Monday, services => services.AddSingleton(dns.Client));
        var prospect = await AddProspectAsync(host, "walter@unresolvable.example");

        var result = await host.InStoreAsync(s => Service(host).EnrollAsync(s, new EnrollmentRequest(host.Campaign.Id, [prospect.Id])));

        Assert.Equal(1, result.Enrolled);
        Assert.Equal(0, dns.Calls("unresolvable.example", DnsClient.QueryType.MX));
    }

    [Fact]
    public async Task EnrollAsync_ProspectActiveInAnotherCampaign_SkippedUnlessAllowed()
    {
        await using var host = await SendingHost.StartAsync(Monday);
        var (prospect, _) = await host.EnrollAsync("dana@globex.example");
        var other = await AddCampaignAsync(host);

        var refused = await host.InStoreAsync(s => Service(host).EnrollAsync(s, new EnrollmentRequest(other.Id, [prospect.Id])));
        var again = await host.InStoreAsync(s => Service(host).EnrollAsync(s, new EnrollmentRequest(host.Campaign.Id, [prospect.Id])));
        var allowed = await host.InStoreAsync(s => Service(host).EnrollAsync(s, new EnrollmentRequest(other.Id, [prospect.Id]) { AllowActiveInOtherCampaigns = true }));

        Assert.Equal(EnrollmentSkipReason.ActiveInOtherCampaign, Assert.Single(refused.Skipped).Reason);
        Assert.Equal(EnrollmentSkipReason.AlreadyEnrolled, Assert.Single(again.Skipped).Reason);
        Assert.Equal(1, allowed.Enrolled);
    }

    [Fact]
    public async Task EnrollAsync_CompanyCap_CountsPeopleContactedInEveryCampaign()
    {
        await using var host = await SendingHost.StartAsync(Monday);
        var (_, enrollment) = await host.EnrollAsync("mulder@globex.example");
        await host.InStoreAsync(async s =>
        {
            var e = await s.Enrollments.FindAsync(enrollment.Id);
            e!.Status = EnrollmentStatus.Completed;
            await s.Enrollments.UpdateAsync(e);
        });
        var other = await AddCampaignAsync(host);
        var second = await AddProspectAsync(host, "dana@globex.example");
        var third = await AddProspectAsync(host, "fox@GLOBEX.example");
        var elsewhere = await AddProspectAsync(host, "kersh@initech.example");

        var result = await host.InStoreAsync(s => Service(host).EnrollAsync(s, new EnrollmentRequest(other.Id, [second.Id, third.Id, elsewhere.Id]) { MaxPerCompany = 2 }));

        Assert.Equal(2, result.Enrolled);
        var skip = Assert.Single(result.Skipped);
        Assert.Equal((third.Id, EnrollmentSkipReason.CompanyCapReached), (skip.ProspectId, skip.Reason));
        Assert.Contains("globex.example", skip.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrollAsync_TemplatesWithVariants_AssignsDeterministicVariantsThatPickSubjectAndBody()
    {
        await using var host = await SendingHost.StartAsync(Monday, steps:
        [
            SendingHost.Email(0, 0, "{% if campaign.variant == \"B\" %}Idea for {{ prospect.company }}{% else %}Quick question{% endif %}", "Body {{ campaign.variant }}"),
        ]);
        var prospects = new List<Prospect>();
        for (var i = 0; i < 20; i++)
        {
            prospects.Add(await AddProspectAsync(host, $"p{i}@company{i}.example"));
        }

        await host.InStoreAsync(s => Service(host).EnrollAsync(s, new EnrollmentRequest(host.Campaign.Id, [.. prospects.Select(p => p.Id)])));
        await host.RunUntilQuietAsync();

        var enrollments = await host.InStoreAsync(s => s.Enrollments.ListByCampaignAsync(host.Campaign.Id, new AutoMeet.Storage.PageRequest(0, 100)));
        Assert.Equal(["A", "B"], enrollments.Select(e => e.Variant).Distinct().Order());
        foreach (var enrollment in enrollments)
        {
            var expected = AutoMeet.Templates.VariantAssigner.Assign(host.Campaign.Id, enrollment.ProspectId, 2) == 0 ? "A" : "B";
            Assert.Equal(expected, enrollment.Variant);
            var email = prospects.Single(p => p.Id == enrollment.ProspectId).Email;
            var sent = host.Mailbox.ListSent().Single(m => m.Email.To[0].Address == email);
            Assert.Equal(expected == "B" ? "Idea for Some Co" : "Quick question", sent.Email.Subject);
            Assert.StartsWith("Body " + expected, sent.Email.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EnrollAsync_CompletedCampaign_ThrowsNamingTheStatus()
    {
        await using var host = await SendingHost.StartAsync(Monday);
        var prospect = await AddProspectAsync(host, "dana@globex.example");
        await host.InStoreAsync(async s =>
        {
            var c = await s.Campaigns.FindAsync(host.Campaign.Id);
            c!.Status = CampaignStatus.Completed;
            await s.Campaigns.UpdateAsync(c);
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.InStoreAsync(s => Service(host).EnrollAsync(s, new EnrollmentRequest(host.Campaign.Id, [prospect.Id]))));

        Assert.Contains("Completed", error.Message, StringComparison.Ordinal);
        Assert.Null(await host.InStoreAsync(s => s.Enrollments.FindAsync(host.Campaign.Id, prospect.Id)));
    }

    [Fact]
    public async Task EnrollAsync_ZeroCompanyCap_ThrowsNamingTheSetting()
    {
        await using var host = await SendingHost.StartAsync(Monday);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.InStoreAsync(s => Service(host).EnrollAsync(s, new EnrollmentRequest(host.Campaign.Id, [Id<Prospect>.New()]) { MaxPerCompany = 0 })));

        Assert.Contains("per-company cap", error.Message, StringComparison.Ordinal);
    }

    private static IEnrollmentService Service(SendingHost host) => host.Services.GetRequiredService<IEnrollmentService>();

    private static async Task<Prospect> AddProspectAsync(SendingHost host, string email, UserId? owner = null)
    {
        var prospect = new Prospect { OwnerId = owner ?? SendingHost.Owner, Email = email, FirstName = "P", Company = "Some Co" };
        await host.InStoreAsync(s => s.Prospects.AddAsync(prospect));
        return prospect;
    }

    private static async Task<Campaign> AddCampaignAsync(SendingHost host)
    {
        var campaign = new Campaign { OwnerId = SendingHost.Owner, Name = "Second", Status = CampaignStatus.Draft, SequenceId = host.Sequence.Id, MailboxAccountId = host.Account.Id };
        await host.InStoreAsync(s => s.Campaigns.AddAsync(campaign));
        return campaign;
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; posts to the thread pool, which would race the assertions).</summary>
    private sealed class SyncProgress(List<EnrollmentProgress> reports) : IProgress<EnrollmentProgress>
    {
        public void Report(EnrollmentProgress value) => reports.Add(value);
    }
}
