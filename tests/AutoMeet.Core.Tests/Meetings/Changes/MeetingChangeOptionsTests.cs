using AutoMeet.Meetings;

namespace AutoMeet.Core.Tests.Meetings.Changes;

public sealed class MeetingChangeOptionsTests
{
    [Fact]
    public void Validate_UnknownEnrollmentAfterCancellation_FailsNamingTheSetting()
    {
        var result = new MeetingOptionsValidator().Validate(null, new MeetingOptions { EnrollmentAfterCancellation = (EnrollmentAfterCancellation)7 });

        Assert.Contains("AutoMeet:Meetings:EnrollmentAfterCancellation must be Stop or Resume (found 7).", result.Failures!);
    }

    [Fact]
    public void Defaults_StopTheEnrollment() =>
        Assert.Equal(EnrollmentAfterCancellation.Stop, new MeetingOptions().EnrollmentAfterCancellation);
}
