using AutoMeet.Meetings;
using AutoMeet.Meetings.Aftercare;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings.Aftercare;

public sealed class ReminderMarksTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 3, 9, 0);

    [Fact]
    public void Mark_Versioned_RoundTripsThroughTryParseAndReference()
    {
        var marks = ReminderMarks.Of(TimeSpan.FromHours(24), Start, 2);

        Assert.Equal("86400@1772528400v2", marks.Mark);
        Assert.True(ReminderMarks.TryParse(marks.Mark, out var parsed));
        Assert.Equal(marks, parsed);
        Assert.Equal(marks, ReminderMarks.FromReference(marks.Reference));
    }

    [Fact]
    public void TryParse_MarkWrittenBeforeVersions_IsReadWithoutVersion()
    {
        Assert.True(ReminderMarks.TryParse("3600@1772528400", out var marks));

        Assert.Equal(new ReminderMarks(3600, 1772528400, null), marks);
        Assert.Equal(Start - Duration.FromHours(1), marks.Moment);
    }

    [Fact]
    public void FromReference_ReferenceQueuedBeforeVersions_IsReadWithoutVersion()
    {
        Assert.Equal(new ReminderMarks(3600, 1772528400, null), ReminderMarks.FromReference((1772528400L * 1_000_000) + 3600));
    }

    [Theory]
    [InlineData("3600@1772528400v")]
    [InlineData("3600@1772528400v1000")]
    [InlineData("3600@1772528400v-1")]
    [InlineData("0@1772528400v1")]
    public void TryParse_Malformed_ReturnsFalse(string mark) => Assert.False(ReminderMarks.TryParse(mark, out _));

    [Fact]
    public void IsSentFor_OnlyItsOwnVersionOrAnUnversionedEntryCounts()
    {
        var meeting = new Meeting { Start = Start, RemindersSent = ["86400@1772528400v0", "3600@1772528400"] };

        Assert.True(ReminderMarks.Of(TimeSpan.FromHours(24), Start, 0).IsSentFor(meeting));
        Assert.False(ReminderMarks.Of(TimeSpan.FromHours(24), Start, 2).IsSentFor(meeting));
        Assert.True(ReminderMarks.Of(TimeSpan.FromHours(1), Start, 2).IsSentFor(meeting)); // Recorded the old way: never sent twice.
    }

    [Fact]
    public void Of_VersionAboveTheMaximum_IsClamped() =>
        Assert.Equal(ReminderMarks.MaxVersion, ReminderMarks.Of(TimeSpan.FromHours(1), Start, 5000).Version);
}
