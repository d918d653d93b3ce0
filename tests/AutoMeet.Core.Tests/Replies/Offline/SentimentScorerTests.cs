using AutoMeet.Replies;
using AutoMeet.Replies.Offline;
using NodaTime;

namespace AutoMeet.Core.Tests.Replies.Offline;

public sealed class SentimentScorerTests
{
    private static readonly OfflineReplyClassifier Classifier = new();

    [Theory]
    [InlineData("Love it, happy to chat, Tuesday works great!", 0.4, 1.0)]
    [InlineData("Does it integrate with Salesforce?", -0.2, 0.3)]
    [InlineData("Unfortunately we don't have budget.", -0.8, -0.1)]
    [InlineData("Stop spamming me. This is ridiculous and annoying.", -1.0, -0.5)]
    public void Score_ReplyTone_InExpectedRange(string body, double min, double max)
    {
        var sentiment = Classifier.Classify(new ReplyInput { Body = body, ReceivedAt = Instant.FromUtc(2026, 3, 12, 14, 0) }).Sentiment;

        Assert.InRange(sentiment, min, max);
    }
}
