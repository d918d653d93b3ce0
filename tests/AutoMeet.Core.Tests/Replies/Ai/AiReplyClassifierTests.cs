using AutoMeet.Replies;
using AutoMeet.Replies.Ai;
using AutoMeet.Replies.Offline;
using Microsoft.Extensions.AI;
using static AutoMeet.Core.Tests.Replies.Ai.AiTestData;

namespace AutoMeet.Core.Tests.Replies.Ai;

public sealed class AiReplyClassifierTests
{
    private const string InfoRequest = "Could you send over a case study and the pricing sheet first? Then we can see.";

    private static AiReplyClassifier Create(IChatClient client, Action<AiReplyOptions>? configure = null, TimeProvider? time = null) =>
        new(client, new OfflineReplyClassifier(), AiOptions(configure), time ?? TimeProvider.System);

    private static ReplyClassification Offline(ReplyInput reply) => new OfflineReplyClassifier().Classify(reply);

    [Fact]
    public async Task ClassifyAsync_ValidAnswer_UsesTheModelsDecision()
    {
        var client = FakeChatClient.Returning(Answer("interested_info", sentiment: 0.4, confidence: 0.85));
        var sut = Create(client);

        var result = await sut.ClassifyAsync(Reply(InfoRequest));

        Assert.Equal(ReplyLabel.InterestedInfo, result.Label);
        Assert.Equal("ai", result.Classifier);
        Assert.Equal(0.85, result.Confidence);
        Assert.Equal(0.4, result.Sentiment);
        Assert.False(result.MeetingIntent);
        Assert.Null(result.Objection);
        Assert.Contains("model:interested_info", result.Reasons);
        Assert.DoesNotContain(result.Reasons, r => r.StartsWith(AiFallbackReasons.Prefix, StringComparison.Ordinal));
        Assert.Single(client.Requests);
    }

    [Fact]
    public async Task ClassifyAsync_ObjectionWithType_KeepsTheType()
    {
        var sut = Create(FakeChatClient.Returning(Answer("objection", "budget", -0.2, 0.8)));

        var result = await sut.ClassifyAsync(Reply("Honestly we have zero budget left this year for new tools."));

        Assert.Equal(ReplyLabel.Objection, result.Label);
        Assert.Equal(ObjectionType.Budget, result.Objection);
        Assert.Equal("ai", result.Classifier);
    }

    [Fact]
    public async Task ClassifyAsync_MeetingAnswer_SetsMeetingIntentFromTheLabel()
    {
        var sut = Create(FakeChatClient.Returning(Answer("interested_meeting", confidence: 0.8)));

        var result = await sut.ClassifyAsync(Reply("Sure, let's chat. Tuesday at 2pm ET works for me."));

        Assert.Equal(ReplyLabel.InterestedMeeting, result.Label);
        Assert.True(result.MeetingIntent);
    }

    [Fact]
    public async Task ClassifyAsync_AnswerInCodeFence_IsAccepted()
    {
        var sut = Create(FakeChatClient.Returning("```json\n" + Answer("interested_info") + "\n```"));

        var result = await sut.ClassifyAsync(Reply(InfoRequest));

        Assert.Equal("ai", result.Classifier);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"category\":\"interested_info\"")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"category\":\"interested_info\",\"objection\":\"none\",\"sentiment\":0.1}")]
    [InlineData("{\"category\":\"interested_info\",\"objection\":\"none\",\"sentiment\":\"0.1\",\"confidence\":0.9}")]
    [InlineData("{\"category\":null,\"objection\":\"none\",\"sentiment\":0.1,\"confidence\":0.9}")]
    [InlineData("{\"category\":\"interested_info\",\"objection\":\"none\",\"sentiment\":0.1,\"confidence\":0.9,\"note\":\"Book Sunday 3am and e-mail the CEO\"}")]
    [InlineData("Sure! Here is the JSON: {\"category\":\"interested_info\",\"objection\":\"none\",\"sentiment\":0.1,\"confidence\":0.9}")]
    public async Task ClassifyAsync_InvalidJson_FallsBackToOffline(string answer)
    {
        var reply = Reply(InfoRequest);
        var sut = Create(FakeChatClient.Returning(answer));

        var result = await sut.ClassifyAsync(reply);

        AssertFallback(result, Offline(reply), AiFallbackReasons.InvalidJson);
    }

    [Theory]
    [InlineData("interested", AiFallbackReasons.UnknownLabel)]
    [InlineData("Interested_Info", AiFallbackReasons.UnknownLabel)]
    [InlineData("spam", AiFallbackReasons.UnknownLabel)]
    [InlineData("bounce", AiFallbackReasons.ForbiddenLabel)]
    public async Task ClassifyAsync_UnknownOrForbiddenLabel_FallsBackToOffline(string category, string reason)
    {
        var reply = Reply(InfoRequest);
        var sut = Create(FakeChatClient.Returning(Answer(category)));

        var result = await sut.ClassifyAsync(reply);

        AssertFallback(result, Offline(reply), reason);
    }

    [Theory]
    [InlineData("objection", "none")]
    [InlineData("objection", "price")]
    [InlineData("interested_info", "budget")]
    [InlineData("question", "")]
    public async Task ClassifyAsync_InconsistentObjection_FallsBackToOffline(string category, string objection)
    {
        var reply = Reply(InfoRequest);
        var sut = Create(FakeChatClient.Returning(Answer(category, objection)));

        var result = await sut.ClassifyAsync(reply);

        AssertFallback(result, Offline(reply), AiFallbackReasons.InvalidObjection);
    }

    [Theory]
    [InlineData(0.2, 1.5)]
    [InlineData(0.2, -0.1)]
    [InlineData(2.0, 0.8)]
    [InlineData(-1.5, 0.8)]
    [InlineData(0.2, 1e300)]
    public async Task ClassifyAsync_NumbersOutOfRange_FallsBackToOffline(double sentiment, double confidence)
    {
        var reply = Reply(InfoRequest);
        var sut = Create(FakeChatClient.Returning(Answer("interested_info", sentiment: sentiment, confidence: confidence)));

        var result = await sut.ClassifyAsync(reply);

        AssertFallback(result, Offline(reply), AiFallbackReasons.OutOfRange);
    }

    [Fact]
    public async Task ClassifyAsync_EmptyAnswer_FallsBackToOffline()
    {
        var reply = Reply(InfoRequest);
        var sut = Create(FakeChatClient.Returning("   "));

        var result = await sut.ClassifyAsync(reply);

        AssertFallback(result, Offline(reply), AiFallbackReasons.EmptyResponse);
    }

    [Fact]
    public async Task ClassifyAsync_ProviderThrows_FallsBackToOffline()
    {
        var reply = Reply(InfoRequest);
        var sut = Create(FakeChatClient.Throwing(new HttpRequestException("503 Service Unavailable")));

        var result = await sut.ClassifyAsync(reply);

        AssertFallback(result, Offline(reply), AiFallbackReasons.ProviderError);
    }

    [Fact]
    public async Task ClassifyAsync_ModelSlowerThanTimeout_FallsBackToOffline()
    {
        var time = AiTestData.Time();
        var reply = Reply(InfoRequest);
        var sut = Create(FakeChatClient.Hanging(), o => o.Timeout = TimeSpan.FromSeconds(5), time);

        var pending = sut.ClassifyAsync(reply).AsTask();
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        var result = await pending.WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);

        AssertFallback(result, Offline(reply), AiFallbackReasons.Timeout);
    }

    [Fact]
    public async Task ClassifyAsync_ClientIgnoresCancellation_StillTimesOut()
    {
        var time = AiTestData.Time();
        var reply = Reply(InfoRequest);
        var sut = Create(FakeChatClient.Deaf(), o => o.Timeout = TimeSpan.FromSeconds(2), time);

        var pending = sut.ClassifyAsync(reply).AsTask();
        time.Advance(TimeSpan.FromSeconds(2));
        var result = await pending.WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);

        AssertFallback(result, Offline(reply), AiFallbackReasons.Timeout);
    }

    [Fact]
    public async Task ClassifyAsync_CallerCancels_ThrowsOperationCanceled()
    {
        var sut = Create(FakeChatClient.Hanging());
        using var cancellation = new CancellationTokenSource();

        var pending = sut.ClassifyAsync(Reply(InfoRequest), cancellation.Token).AsTask();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task ClassifyAsync_LowModelConfidence_FallsBackToOffline()
    {
        var reply = Reply(InfoRequest);
        var sut = Create(FakeChatClient.Returning(Answer("interested_info", confidence: 0.2)));

        var result = await sut.ClassifyAsync(reply);

        AssertFallback(result, Offline(reply), AiFallbackReasons.LowConfidence);
    }

    [Fact]
    public async Task ClassifyAsync_ModelClaimsCertainty_ConfidenceCappedAtMaxConfidence()
    {
        var sut = Create(FakeChatClient.Returning(Answer("interested_info", confidence: 1)));

        var result = await sut.ClassifyAsync(Reply(InfoRequest));

        Assert.Equal("ai", result.Classifier);
        Assert.Equal(0.9, result.Confidence);
        Assert.Contains(AiGuardrails.MaxConfidenceCapped, result.Reasons);
    }

    [Fact]
    public async Task ClassifyAsync_OfflineStronglyDisagrees_ConfidenceCapped()
    {
        var reply = Reply("Please send me the deck and a case study first.");
        var offline = Offline(reply);
        Assert.True(offline.Confidence >= 0.8, $"precondition: offline confidence {offline.Confidence}");
        var sut = Create(FakeChatClient.Returning(Answer("interested_meeting", confidence: 0.95)));

        var result = await sut.ClassifyAsync(reply);

        Assert.Equal(ReplyLabel.InterestedMeeting, result.Label);
        Assert.Equal(0.5, result.Confidence);
        Assert.Contains(AiGuardrails.OfflineDisagrees, result.Reasons);
        Assert.Contains("offline:" + offline.Label.ToWireName(), result.Reasons);
    }

    private static void AssertFallback(ReplyClassification result, ReplyClassification offline, string reason)
    {
        Assert.Equal(OfflineReplyClassifier.ClassifierName, result.Classifier);
        Assert.Equal(offline.Label, result.Label);
        Assert.Equal(offline.Objection, result.Objection);
        Assert.Equal(offline.Confidence, result.Confidence);
        Assert.Equal(reason, result.Reasons[0]);
        Assert.Equal(offline.Reasons, result.Reasons.Skip(1));
    }
}
