using AutoMeet.Campaigns;
using AutoMeet.Meetings;

namespace AutoMeet.Core.Tests.Meetings;

public sealed class MeetingOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds() =>
        Assert.True(new MeetingOptionsValidator().Validate(null, new MeetingOptions()).Succeeded);

    [Fact]
    public void Validate_InheritAsDefaultMode_FailsNamingTheSetting()
    {
        var result = new MeetingOptionsValidator().Validate(null, new MeetingOptions { DefaultApprovalMode = ApprovalMode.Inherit });

        Assert.Contains("AutoMeet:Meetings:DefaultApprovalMode must be RequireApproval or Autonomous (found Inherit).", result.Failures!);
    }

    [Fact]
    public void Validate_OutOfRangeValues_ListsEveryFailure()
    {
        var result = new MeetingOptionsValidator().Validate(null, new MeetingOptions
        {
            DefaultAutonomousConfidenceThreshold = 1.5,
            ProposalHold = TimeSpan.FromMinutes(1),
            ApprovalLinkLifetime = TimeSpan.FromDays(31),
            MaxApprovalReminders = 11,
            ApprovalTimeoutAction = (ApprovalTimeoutAction)42,
        });

        Assert.Equal(5, result.Failures!.Count());
    }
}
