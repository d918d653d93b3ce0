using System.Collections.Concurrent;
using AutoMeet.Enrichment.Batch;
using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Enrichment.LinkedIn;
using AutoMeet.Enrichment.Phones;
using AutoMeet.Enrichment.Quality;
using AutoMeet.Prospects;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class EnrichmentBatchProcessorTests
{
    private readonly FakeTimeProvider _time = new(EnrichmentFixtures.Start);
    private readonly FakeDns _dns = new();
    private readonly InMemoryEnrichmentCheckpointStore _checkpoints = new();

    public EnrichmentBatchProcessorTests()
    {
        _dns.Mx("acme.com", 3600, (10, "mx.acme.com"));
    }

    private EnrichmentBatchProcessor Sut(EnrichmentBatchOptions? options = null, IEmailValidator? email = null, ILinkedInProfileSource? linkedIn = null)
    {
        var opts = Microsoft.Extensions.Options.Options.Create(options ?? new EnrichmentBatchOptions { CheckpointInterval = 1 });
        var services = new EnrichmentServices(
            email ?? EnrichmentFixtures.EmailValidator(_dns, _time),
            EnrichmentFixtures.CompanyEnricher(_time),
            new PhoneNumberFormatter(),
            EnrichmentFixtures.DuplicateDetector(),
            new ProspectQualityScorer(),
            EnrichmentFixtures.LinkedInMatcher(),
            linkedIn is null ? [] : [linkedIn],
            []);
        return new EnrichmentBatchProcessor(services, _checkpoints, new EnrichmentRateLimiters(opts, _time), opts);
    }

    private static List<Prospect> Prospects(int count) =>
        Enumerable.Range(0, count).Select(i => EnrichmentFixtures.Prospect($"person{i}@acme.com", $"First{i}", $"Last{i}", createdMinute: i)).ToList();

    [Fact]
    public async Task RunAsync_AllRows_EnrichesEachAndReportsProgress()
    {
        var prospects = Prospects(5);
        prospects[0].Phone = "030 123456";
        prospects[1].LinkedInUrl = "linkedin.com/in/first1-last1/";
        var reports = new ConcurrentBag<EnrichmentProgress>();

        var result = await Sut().RunAsync(new() { BatchId = "b1", Prospects = prospects }, new SyncProgress(reports.Add));

        Assert.Equal(5, result.Succeeded);
        Assert.Equal(0, result.Failed);
        Assert.All(result.Rows, r => Assert.Equal(EmailVerdict.Deliverable, r.Email!.Verdict));
        Assert.Equal("+4930123456", result.Rows.Single(r => r.ProspectId == prospects[0].Id).Phone!.E164);
        Assert.Equal("https://www.linkedin.com/in/first1-last1", result.Rows.Single(r => r.ProspectId == prospects[1].Id).LinkedInUrl!.Url);
        Assert.Equal(5, reports.Count);
        Assert.Contains(reports, p => p is { Completed: 5, Total: 5 });
        Assert.Equal(5, result.Warnings.Total);
    }

    [Fact]
    public async Task RunAsync_OneRowThrows_BatchContinuesAndRecordsTheError()
    {
        var prospects = Prospects(4);
        var bad = prospects[2].Email;
        var email = Substitute.For<IEmailValidator>();
#pragma warning disable CA2012 // NSubstitute configures the call; the ValueTask is never awaited twice.
        email.ValidateAsync(Arg.Any<string?>(), Arg.Any<CancellationToken>())
            .Returns(ci => (string?)ci[0] == bad
                ? throw new InvalidOperationException("provider exploded")
                : ValueTask.FromResult(EmailValidationResult.From(null, [])));
#pragma warning restore CA2012

        var result = await Sut(email: email).RunAsync(new() { BatchId = "b2", Prospects = prospects });

        Assert.Equal(3, result.Succeeded);
        Assert.Equal(1, result.Failed);
        var failed = Assert.Single(result.Rows, r => !r.Succeeded);
        Assert.Equal(prospects[2].Id, failed.ProspectId);
        Assert.Contains("InvalidOperationException: provider exploded", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CrashMidway_ResumeSkipsFinishedRows()
    {
        var prospects = Prospects(6);
        var ordered = prospects.OrderBy(p => p.Id).ToList();
        var seen = new ConcurrentBag<Id<Prospect>>();
        using var crash = new CancellationTokenSource();
        var options = new EnrichmentBatchOptions { MaxParallelism = 1, CheckpointInterval = 1 };

        var first = Sut(options).RunAsync(new()
        {
            BatchId = "b3",
            Prospects = prospects,
            OnRowCompleted = async (row, ct) =>
            {
                seen.Add(row.ProspectId);
                if (seen.Count == 3)
                {
                    await crash.CancelAsync();
                }
            },
        }, cancellationToken: crash.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);

        var checkpoint = await _checkpoints.LoadAsync("b3");
        Assert.Equal(3, checkpoint!.CompletedThrough);

        var second = new ConcurrentBag<Id<Prospect>>();
        var result = await Sut(options).RunAsync(new()
        {
            BatchId = "b3",
            Prospects = prospects.AsEnumerable().Reverse().ToList(),
            OnRowCompleted = (row, _) =>
            {
                second.Add(row.ProspectId);
                return ValueTask.CompletedTask;
            },
        });

        Assert.Equal(3, result.Skipped);
        Assert.Equal(3, result.Succeeded);
        Assert.Equal(ordered.Skip(3).Select(p => p.Id).Order(), second.Order());
        Assert.Equal(6, (await _checkpoints.LoadAsync("b3"))!.CompletedThrough);
    }

    [Fact]
    public async Task RunAsync_FailedRows_AreRetriedOnTheNextRun()
    {
        var prospects = Prospects(3);
        var attempts = 0;
        var result1 = await Sut().RunAsync(new()
        {
            BatchId = "b4",
            Prospects = prospects,
            OnRowCompleted = (row, _) => row.ProspectId == prospects[1].Id && Interlocked.Increment(ref attempts) == 1
                ? throw new IOException("sink down")
                : ValueTask.CompletedTask,
        });

        var result2 = await Sut().RunAsync(new() { BatchId = "b4", Prospects = prospects });

        Assert.Equal(1, result1.Failed);
        Assert.Equal(2, result2.Skipped);
        Assert.Equal(prospects[1].Id, Assert.Single(result2.Rows).ProspectId);
    }

    [Fact]
    public async Task RunAsync_BoundedParallelism_NeverExceedsLimit()
    {
        var running = 0;
        var peak = 0;
        var email = Substitute.For<IEmailValidator>();
        async Task<EmailValidationResult> Work()
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await Task.Delay(5, CancellationToken.None);
            Interlocked.Decrement(ref running);
            return EmailValidationResult.From(null, []);
        }

#pragma warning disable CA2012 // NSubstitute configures the call; the ValueTask is never awaited twice.
        email.ValidateAsync(Arg.Any<string?>(), Arg.Any<CancellationToken>()).Returns(_ => new ValueTask<EmailValidationResult>(Work()));
#pragma warning restore CA2012

        await Sut(new EnrichmentBatchOptions { MaxParallelism = 2 }, email).RunAsync(new() { BatchId = "b5", Prospects = Prospects(12) });

        Assert.InRange(peak, 1, 2);
    }

    [Fact]
    public async Task RunAsync_DnsRateLimit_WaitsForReplenishment()
    {
        var options = new EnrichmentBatchOptions { MaxParallelism = 4 };
        options.RateLimits[EnrichmentBatchOptions.DnsProvider] = new ProviderRateLimit { PermitsPerPeriod = 2, Period = TimeSpan.FromSeconds(1) };
        var done = 0;

        var run = Sut(options).RunAsync(new()
        {
            BatchId = "b6",
            Prospects = Prospects(5),
            OnRowCompleted = (_, _) =>
            {
                Interlocked.Increment(ref done);
                return ValueTask.CompletedTask;
            },
        });
        await WaitUntil(() => Volatile.Read(ref done) == 2);
        await Task.Delay(50, CancellationToken.None);
        Assert.Equal(2, Volatile.Read(ref done));

        _time.Advance(TimeSpan.FromSeconds(1));
        await WaitUntil(() => Volatile.Read(ref done) == 4);
        _time.Advance(TimeSpan.FromSeconds(1));
        var result = await run;

        Assert.Equal(5, result.Succeeded);
    }

    [Fact]
    public async Task RunAsync_DuplicatesInBatch_AreSuggestedAndScored()
    {
        var a = EnrichmentFixtures.Prospect("jane@acme.com", createdMinute: 1);
        var b = EnrichmentFixtures.Prospect("JANE@acme.com", createdMinute: 2);

        var result = await Sut().RunAsync(new() { BatchId = "b7", Prospects = [a, b] });

        Assert.Equal(a.Id, Assert.Single(result.Duplicates).KeepId);
        Assert.All(result.Rows, r => Assert.Contains(r.Quality!.Issues, i => i.Code == QualityIssueCode.Duplicate));
        Assert.Equal(2, result.Warnings.IssueCounts[QualityIssueCode.Duplicate]);
    }

    [Fact]
    public async Task RunAsync_LinkedInSource_FindsProfileForProspectWithoutUrl()
    {
        var prospect = EnrichmentFixtures.Prospect("jane@acme.com");
        var source = Substitute.For<ILinkedInProfileSource>();
        source.Name.Returns("crm");
        source.FindCandidatesAsync(prospect, Arg.Any<CancellationToken>())
            .Returns([new LinkedInProfile { Url = "https://de.linkedin.com/in/jane-doe", FullName = "Jane Doe", Company = "Acme GmbH" }]);

        var result = await Sut(linkedIn: source).RunAsync(new() { BatchId = "b8", Prospects = [prospect] });

        Assert.Equal("https://www.linkedin.com/in/jane-doe", Assert.Single(result.Rows).LinkedInMatch!.Url.Url);
    }

    [Fact]
    public async Task RunAsync_DuplicateIds_Throws()
    {
        var p = EnrichmentFixtures.Prospect("jane@acme.com");

        await Assert.ThrowsAsync<ArgumentException>(() => Sut().RunAsync(new() { BatchId = "b9", Prospects = [p, p] }));
    }

    [Fact]
    public async Task RunAsync_BlankBatchId_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sut().RunAsync(new() { BatchId = " ", Prospects = [] }));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10, CancellationToken.None);
        }

        Assert.True(condition());
    }

    private sealed class SyncProgress(Action<EnrichmentProgress> report) : IProgress<EnrichmentProgress>
    {
        public void Report(EnrichmentProgress value) => report(value);
    }
}
