using AutoMeet.Meetings.Aftercare;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoMeet.Core.Tests.Meetings;

public sealed class MeetingAftercareOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_SucceedWith24hAnd1hReminders()
    {
        var options = new MeetingAftercareOptions();

        Assert.True(new MeetingAftercareOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal([TimeSpan.FromHours(24), TimeSpan.FromHours(1)], options.EffectiveReminderOffsets());
    }

    [Theory]
    [InlineData(nameof(MeetingAftercareOptions.ReminderScanInterval), "00:01:00")]
    [InlineData(nameof(MeetingAftercareOptions.ReminderMaxLateness), "2.00:00:00")]
    [InlineData(nameof(MeetingAftercareOptions.OutcomeGracePeriod), "-00:01:00")]
    [InlineData(nameof(MeetingAftercareOptions.OutcomeLinkLifetime), "00:10:00")]
    [InlineData(nameof(MeetingAftercareOptions.UnmarkedOutcomeAfter), "31.00:00:00")]
    [InlineData(nameof(MeetingAftercareOptions.NoShowFollowUpDelay), "8.00:00:00")]
    public void Validate_OutOfRange_FailsNamingTheSetting(string setting, string value)
    {
        var options = new MeetingAftercareOptions();
        typeof(MeetingAftercareOptions).GetProperty(setting)!.SetValue(options, TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        var result = new MeetingAftercareOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("AutoMeet:Meetings:Aftercare:" + setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadOffsetsActionAndText_FailsNamingEach()
    {
        var options = new MeetingAftercareOptions
        {
            ReminderOffsets = [TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), TimeSpan.FromHours(1)],
            UnmarkedOutcomeAction = (UnmarkedOutcomeAction)7,
            NoShowFollowUpText = " ",
        };

        var result = new MeetingAftercareOptionsValidator().Validate(null, options);

        Assert.Contains("ReminderOffsets must each be between", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ReminderOffsets must not repeat", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("UnmarkedOutcomeAction", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("NoShowFollowUpText", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void EffectiveReminderOffsets_EmptyList_TurnsRemindersOff() =>
        Assert.Empty(new MeetingAftercareOptions { ReminderOffsets = [] }.EffectiveReminderOffsets());

    [Fact]
    public void AddAutoMeet_InvalidAftercareOptions_ThrowsOnFirstRead()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        services.Configure<MeetingAftercareOptions>(o => o.OutcomeLinkLifetime = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MeetingAftercareOptions>>().Value);
        Assert.Contains("OutcomeLinkLifetime", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAutoMeet_RegistersTheAftercareJobsHandlersAndLinks()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        using var provider = services.BuildServiceProvider();

        Assert.Contains(provider.GetServices<AutoMeet.Work.IAutoMeetJob>(), j => j.Name == "meeting-reminders");
        Assert.Contains(provider.GetServices<AutoMeet.Work.IAutoMeetJob>(), j => j.Name == "meeting-outcomes");
        var kinds = provider.GetServices<AutoMeet.Work.IWorkItemHandler>().Select(h => h.Kind).ToList();
        Assert.Contains(AftercareWork.ReminderScan, kinds);
        Assert.Contains(AftercareWork.Reminder, kinds);
        Assert.Contains(AftercareWork.NoShowFollowUp, kinds);
        Assert.NotNull(provider.GetService<IMeetingOutcomes>());
    }
}
