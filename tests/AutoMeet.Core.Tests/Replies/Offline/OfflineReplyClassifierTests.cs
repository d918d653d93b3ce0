using AutoMeet.Replies;
using AutoMeet.Replies.Offline;
using NodaTime;

namespace AutoMeet.Core.Tests.Replies.Offline;

public sealed class OfflineReplyClassifierTests
{
    private const string QuotedSales =
        "\n\nOn Tue, Mar 10, 2026 at 9:14 AM Alex Seller <alex@automeet.io> wrote:\n> Interested in a quick call? Book a call here.\n> Happy to send a case study. Not interested? Reply STOP to unsubscribe.";

    private static readonly OfflineReplyClassifier Classifier = new();

    private static ReplyClassification Classify(string body, string subject = "Re: Quick question", Dictionary<string, string>? headers = null) =>
        Classifier.Classify(new ReplyInput
        {
            Body = body,
            Subject = subject,
            From = "Anna <anna@contoso.com>",
            Headers = headers ?? [],
            ReceivedAt = Instant.FromUtc(2026, 3, 12, 14, 0),
            ProspectZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"],
        });

    [Theory]
    [InlineData("Sounds good, Thursday at 2pm works for me.", ReplyLabel.InterestedMeeting)]
    [InlineData("Can you send me a case study first?", ReplyLabel.InterestedInfo)]
    [InlineData("Not interested.", ReplyLabel.NotInterested)]
    [InlineData("Please contact my colleague Maria Lopez (maria@contoso.com), she owns this.", ReplyLabel.Referral)]
    [InlineData("Please remove me from your list.", ReplyLabel.Unsubscribe)]
    [InlineData("Need to reschedule our call, does Friday work?", ReplyLabel.Reschedule)]
    [InlineData("I have to cancel our meeting tomorrow.", ReplyLabel.Cancel)]
    [InlineData("Does it integrate with Salesforce?", ReplyLabel.Question)]
    [InlineData("I'm on vacation until March 20.", ReplyLabel.OutOfOffice)]
    public void Classify_TypicalReply_GetsCategory(string body, ReplyLabel expected)
    {
        Assert.Equal(expected, Classify(body).Label);
    }

    [Theory]
    [InlineData("We don't have budget for this.", ObjectionType.Budget)]
    [InlineData("Not right now, ping me in Q3.", ObjectionType.Timing)]
    [InlineData("I'm not the decision maker here.", ObjectionType.Authority)]
    [InlineData("We already use HubSpot for this.", ObjectionType.Competitor)]
    [InlineData("We don't need this, we do it in-house.", ObjectionType.Need)]
    [InlineData("Never heard of you - how do I know this isn't a scam?", ObjectionType.Trust)]
    public void Classify_Objection_GetsSubType(string body, ObjectionType expected)
    {
        var result = Classify(body);

        Assert.Equal(ReplyLabel.Objection, result.Label);
        Assert.Equal(expected, result.Objection);
    }

    [Fact]
    public void Classify_DeclineWithStopRequest_UnsubscribeOutranksDecline()
    {
        Assert.Equal(ReplyLabel.Unsubscribe, Classify("Not interested, please stop emailing me.").Label);
    }

    [Fact]
    public void Classify_CancelWithBudgetReason_CancelOutranksObjection()
    {
        var result = Classify("Let's scrap the call - budget got pulled.");

        Assert.Equal(ReplyLabel.Cancel, result.Label);
        Assert.Null(result.Objection);
    }

    [Fact]
    public void Classify_AgreesAndAddsColleague_StaysInterestedMeeting()
    {
        Assert.Equal(ReplyLabel.InterestedMeeting, Classify("Let's talk next week. Adding my colleague Priya (cc'd), she should join.").Label);
    }

    [Fact]
    public void Classify_AutomatedAwayNoteNamingColleague_StaysOutOfOffice()
    {
        var headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" };
        var result = Classify("I'm out until Monday, March 16. Please contact jane@contoso.com.", "Automatic reply: Quick question", headers);

        Assert.Equal(ReplyLabel.OutOfOffice, result.Label);
        Assert.Equal(new LocalDate(2026, 3, 16), result.ReturnDate);
        Assert.Contains("header:auto-submitted", result.Reasons);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("Thanks")]
    [InlineData("Not now.")]
    public void Classify_TriggerWordsOnlyInQuote_DoNotDecide(string body)
    {
        var result = Classify(body + QuotedSales);

        Assert.NotEqual(ReplyLabel.Unsubscribe, result.Label);
        Assert.NotEqual(ReplyLabel.InterestedInfo, result.Label);
    }

    [Fact]
    public void Classify_BareStop_Unsubscribe()
    {
        Assert.Equal(ReplyLabel.Unsubscribe, Classify("STOP" + QuotedSales).Label);
    }

    [Theory]
    [InlineData("Ja, gerne. Dienstag um 14 Uhr passt mir.", ReplyLabel.InterestedMeeting)]
    [InlineData("Aktuell passt es zeitlich nicht.", ReplyLabel.Objection)]
    [InlineData("Volontiers, on peut s'appeler jeudi ?", ReplyLabel.InterestedMeeting)]
    [InlineData("Ça ne nous intéresse pas.", ReplyLabel.NotInterested)]
    [InlineData("No me interesa, gracias.", ReplyLabel.NotInterested)]
    [InlineData("Por favor, me remova da sua lista.", ReplyLabel.Unsubscribe)]
    [InlineData("Kunnen we onze afspraak verzetten naar vrijdag?", ReplyLabel.Reschedule)]
    public void Classify_OtherLanguages_GetsCategory(string body, ReplyLabel expected)
    {
        Assert.Equal(expected, Classify(body).Label);
    }

    [Theory]
    [InlineData("Yes, let's talk Tuesday.", true)]
    [InlineData("Can we move our call to Friday?", true)]
    [InlineData("Send me the deck.", false)]
    [InlineData("We don't have budget.", false)]
    public void Classify_MeetingIntent_TrueExactlyForMeetingAndReschedule(string body, bool expected)
    {
        var result = Classify(body);

        Assert.Equal(expected, result.MeetingIntent);
        Assert.Equal(result.Label is ReplyLabel.InterestedMeeting or ReplyLabel.Reschedule, result.MeetingIntent);
    }

    [Fact]
    public void Classify_Sentiment_PositiveForEnthusiasmNegativeForHostility()
    {
        var happy = Classify("Great, happy to chat! Tuesday works.");
        var angry = Classify("Stop spamming me, this is ridiculous.");

        Assert.InRange(happy.Sentiment, 0.3, 1);
        Assert.InRange(angry.Sentiment, -1, -0.3);
    }

    [Fact]
    public void Classify_Always_ReportsNameConfidenceAndReasons()
    {
        var result = Classify("Not interested.");

        Assert.Equal("offline", result.Classifier);
        Assert.InRange(result.Confidence, 0, 1);
        Assert.NotEmpty(result.Reasons);
    }

    [Fact]
    public void Classify_LongBody_DoesNotThrow()
    {
        var body = string.Concat(Enumerable.Repeat("We might talk later about the budget. ", 500));

        Assert.InRange(Classify(body).Confidence, 0, 1);
    }

    [Fact]
    public async Task ClassifyAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(async () => await Classifier.ClassifyAsync(new ReplyInput { Body = "ok" }, cts.Token));
    }

    [Fact]
    public async Task ClassifyAsync_Null_Throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await Classifier.ClassifyAsync(null!));
    }
}
