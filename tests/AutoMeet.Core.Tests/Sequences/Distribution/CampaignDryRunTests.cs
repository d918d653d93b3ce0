using AutoMeet.Campaigns;
using AutoMeet.Sequences;
using AutoMeet.Sequences.Distribution;
using MsOptions = Microsoft.Extensions.Options.Options;
using NodaTime;
using static AutoMeet.Core.Tests.Sequences.Distribution.DistributionFixtures;
using static AutoMeet.Core.Tests.Sequences.PlannerFixtures;

namespace AutoMeet.Core.Tests.Sequences.Distribution;

public sealed class CampaignDryRunTests
{
    private static readonly Instant Monday = Utc(2026, 3, 23, 0); // Berlin springs forward on Sunday 29 March.

    private static CampaignDryRun DryRun(Action<DistributionOptions>? configure = null)
    {
        var options = new DistributionOptions();
        configure?.Invoke(options);
        return new CampaignDryRun(new SequencePlanner(), new OutreachDistributor(MsOptions.Create(options)), MsOptions.Create(options));
    }

    private static DryRunEnrollment[] Prospects(int count, string? zone = null, string? country = null, Instant? enrolledAt = null) =>
        Enumerable.Range(0, count)
            .Select(i => new DryRunEnrollment(new PlannerEnrollment(0, EnrollmentStatus.Active, enrolledAt ?? Monday, TimeZoneId: zone, CountryCode: country), $"c{i}.example"))
            .ToArray();

    private static PlanningContext ThreeSteps(CampaignSchedule? schedule = null, IReadOnlyDictionary<string, IReadOnlySet<LocalDate>>? holidays = null) =>
        Context(Sequence(Email(0), Email(1, 2), Email(2, 3)), schedule ?? Schedule(), holidays);

    [Fact]
    public void Run_CapsSmallerThanTheList_SpreadsNewProspectsOverDaysAndNeverExceedsCaps()
    {
        var sut = DryRun(o => o.MaxNewProspectsPerMailboxPerDay = 5);
        var scenario = new DryRunScenario(ThreeSteps(), Prospects(30), [new(MailboxId(1), 12), new(MailboxId(2), 12)], Monday, 21);

        var report = sut.Run(scenario);

        Assert.All(report.Days, d => Assert.All(d.SendsPerMailbox.Values, n => Assert.InRange(n, 0, 12)));
        Assert.All(report.Days, d => Assert.InRange(d.NewProspects, 0, 10));
        Assert.Equal(10, report.Days[0].NewProspects);
        Assert.Equal(20, report.Days[0].Deferred[DeferralReason.NewProspectCapReached]);
        Assert.Empty(report.Days[5].Sends); // Saturday
        Assert.Equal(30, report.Completed);
        Assert.Equal(90, report.TotalSends);
        Assert.All(report.Days.SelectMany(d => d.Sends), s => Assert.InRange(s.SendAt.InUtc().TimeOfDay, new LocalTime(9, 0), new LocalTime(16, 59, 59)));
    }

    [Fact]
    public void Run_FollowUps_GoFromTheStickyMailboxTwoAndThreeBusinessDaysLater()
    {
        var report = DryRun().Run(new DryRunScenario(ThreeSteps(), Prospects(6), [new(MailboxId(1), 50), new(MailboxId(2), 50)], Monday, 14));

        var sends = report.Days.SelectMany(d => d.Sends).GroupBy(s => s.EnrollmentIndex).ToList();
        Assert.Equal(6, sends.Count);
        foreach (var perProspect in sends)
        {
            var list = perProspect.OrderBy(s => s.StepPosition).ToList();
            Assert.Equal([0, 1, 2], list.Select(s => s.StepPosition));
            Assert.Single(list.Select(s => s.Mailbox).Distinct());
            Assert.Equal(new LocalDate(2026, 3, 23), list[0].SendAt.InUtc().Date);
            Assert.Equal(new LocalDate(2026, 3, 25), list[1].SendAt.InUtc().Date);
            Assert.Equal(new LocalDate(2026, 3, 30), list[2].SendAt.InUtc().Date);
        }

        Assert.Equal(3, report.Days[0].SendsPerMailbox[MailboxId(1)]); // rotated evenly
    }

    [Fact]
    public void Run_KolkataAndBerlinAcrossTheDstChange_SendsInsideEachLocalWindow()
    {
        var prospects = Prospects(10, "Asia/Kolkata").Concat(Prospects(10, "Europe/Berlin", enrolledAt: Utc(2026, 3, 27, 6))).ToArray();
        var sut = DryRun();

        var report = sut.Run(new DryRunScenario(ThreeSteps(Schedule("Europe/London")), prospects, [new(MailboxId(1), 100)], Monday, 14));

        var sends = report.Days.SelectMany(d => d.Sends).ToList();
        Assert.Equal(60, sends.Count);
        foreach (var send in sends)
        {
            var zone = DateTimeZoneProviders.Tzdb[send.EnrollmentIndex < 10 ? "Asia/Kolkata" : "Europe/Berlin"];
            var local = send.SendAt.InZone(zone);
            Assert.InRange(local.TimeOfDay, new LocalTime(9, 0), new LocalTime(16, 59, 59));
            Assert.True(local.DayOfWeek < IsoDayOfWeek.Saturday, $"{local}");
        }

        // Berlin prospects enrolled Friday 27 March: first e-mail Friday 09:00 CET (08:00Z); the follow-up on Tuesday 31 March at 09:00 CEST (07:00Z).
        var berlin = sends.Where(s => s.EnrollmentIndex >= 10).OrderBy(s => s.SendAt).ToList();
        Assert.InRange(berlin[0].SendAt, Utc(2026, 3, 27, 8), Utc(2026, 3, 27, 8, 2));
        Assert.All(berlin.Where(s => s.StepPosition == 1), s => Assert.True(s.SendAt >= Utc(2026, 3, 31, 7), $"{s.SendAt}"));
        Assert.All(sends.Where(s => s.EnrollmentIndex < 10 && s.StepPosition == 0), s => Assert.True(s.SendAt >= Utc(2026, 3, 23, 3, 30)));
    }

    [Fact]
    public void Run_CountryHoliday_SkipsThatDayForItsProspects()
    {
        var holidays = new Dictionary<string, IReadOnlySet<LocalDate>> { ["IN"] = new HashSet<LocalDate> { new(2026, 3, 23) } };
        var report = DryRun().Run(new DryRunScenario(ThreeSteps(Schedule(), holidays), Prospects(5, "Asia/Kolkata", "IN"), [new(MailboxId(1), 50)], Monday, 3));

        Assert.Empty(report.Days[0].Sends);
        Assert.Equal(5, report.Days[1].NewProspects);
    }

    [Fact]
    public void Run_ReplyOnDayTwo_StopsTheEnrollmentBeforeItsFollowUp()
    {
        var scenario = new DryRunScenario(ThreeSteps(), Prospects(3), [new(MailboxId(1), 50)], Monday, 14) { ReplyDays = new Dictionary<int, int> { [1] = 2 } };

        var report = DryRun().Run(scenario);

        Assert.Equal([0], report.Days.SelectMany(d => d.Sends).Where(s => s.EnrollmentIndex == 1).Select(s => s.StepPosition));
        Assert.Equal(1, report.Days[2].Stopped);
        Assert.Equal(1, report.Stopped);
        Assert.Equal(2, report.Completed);
    }

    [Fact]
    public void Run_BouncingMailbox_TripsTheBreakerAndTheOtherMailboxTakesOver()
    {
        var sut = DryRun(o =>
        {
            o.MaxNewProspectsPerMailboxPerDay = 40;
            o.BreakerMinSample = 10;
            o.BreakerCooldown = TimeSpan.FromDays(3);
        });
        var mailboxes = new DryRunMailbox[] { new(MailboxId(1), 40, BounceRate: 0.5), new(MailboxId(2), 40) };
        var report = sut.Run(new DryRunScenario(Context(Sequence(Email(0))), Prospects(200), mailboxes, Monday, 5));

        var trip = report.Days.SelectMany((d, i) => d.BreakerTripped.Select(_ => i)).ToList();
        Assert.Equal([0], trip); // day 0's sends bounce; the breaker trips once enough of them have gone out
        Assert.Equal(0, report.Days[1].SendsPerMailbox[MailboxId(1)]);
        Assert.Equal(0, report.Days[2].SendsPerMailbox[MailboxId(1)]);
        Assert.True(report.Days[1].SendsPerMailbox[MailboxId(2)] > 0);
        Assert.True(report.Days[0].Stopped + report.Days[1].Stopped > 0);
    }

    [Fact]
    public void Run_WarmingMailbox_FollowsTheRamp()
    {
        var sut = DryRun(o => o.MaxNewProspectsPerMailboxPerDay = 100);
        var report = sut.Run(new DryRunScenario(Context(Sequence(Email(0))), Prospects(100), [new(MailboxId(1), 80, WarmupStartedAt: Monday)], Monday, 4));

        Assert.Equal([10, 15, 20, 25], report.Days.Select(d => d.Sends.Count));
        Assert.Equal(90, report.Days[0].Deferred[DeferralReason.WarmupCap]);
    }

    [Fact]
    public void Run_Twice_GivesTheSameReport()
    {
        var scenario = new DryRunScenario(ThreeSteps(), Prospects(40, "America/New_York"), [new(MailboxId(1), 20), new(MailboxId(2), 20, BounceRate: 0.1)], Monday, 10);

        var first = DryRun().Run(scenario).Days.SelectMany(d => d.Sends).ToList();
        var second = DryRun().Run(scenario).Days.SelectMany(d => d.Sends).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Run_ZeroDays_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DryRun().Run(new DryRunScenario(ThreeSteps(), Prospects(1), [new(MailboxId(1), 5)], Monday, 0)));
}
