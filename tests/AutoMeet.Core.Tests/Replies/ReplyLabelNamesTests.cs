using AutoMeet.Replies;

namespace AutoMeet.Core.Tests.Replies;

public sealed class ReplyLabelNamesTests
{
    [Fact]
    public void ToWireName_EveryLabel_RoundTrips()
    {
        foreach (var label in Enum.GetValues<ReplyLabel>())
        {
            Assert.True(ReplyLabelNames.TryParseLabel(label.ToWireName(), out var parsed));
            Assert.Equal(label, parsed);
        }
    }

    [Fact]
    public void ToWireName_LabelsAndObjections_MatchReference()
    {
        string[] expected =
        [
            "question", "interested_meeting", "interested_info", "not_interested", "objection", "referral", "out_of_office",
            "unsubscribe", "bounce", "reschedule", "cancel",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), Enum.GetValues<ReplyLabel>().Select(l => l.ToWireName()).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["authority", "budget", "competitor", "need", "timing", "trust"],
            Enum.GetValues<ObjectionType>().Select(o => o.ToWireName()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("OUT_OF_OFFICE", true)]
    [InlineData(" cancel ", true)]
    [InlineData("out-of-office", false)]
    [InlineData(null, false)]
    public void TryParseLabel_Names_CaseInsensitive(string? name, bool expected)
    {
        Assert.Equal(expected, ReplyLabelNames.TryParseLabel(name, out _));
    }

    [Fact]
    public void ToWireName_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ReplyLabel)99).ToWireName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ObjectionType)(-1)).ToWireName());
    }
}
