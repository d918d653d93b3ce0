using AutoMeet.Core.Tests.Replies.Evaluation;
using AutoMeet.Replies.Ai;
using AutoMeet.Replies.Offline;
using Microsoft.Extensions.AI;
using Xunit.Abstractions;
using static AutoMeet.Core.Tests.Replies.Ai.AiTestData;

namespace AutoMeet.Core.Tests.Replies.Ai;

/// <summary>
/// The evaluation hook for the AI classifier: with a model that only ever returns garbage (or fails), every reply of the
/// evaluation set must get exactly the offline decision, so accuracy equals the offline classifier's. A model can only
/// add to the offline floor, never take from it.
/// </summary>
public sealed class AiFallbackEvaluationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Failures => ["garbage", "unknown-label", "out-of-range", "throws"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task ClassifyAsync_BrokenModelOnEvaluationSet_AccuracyEqualsOffline(string failure)
    {
        IChatClient client = failure switch
        {
            "garbage" => FakeChatClient.Returning("<html>502 Bad Gateway</html>"),
            "unknown-label" => FakeChatClient.Returning(Answer("very_interested", confidence: 1)),
            "out-of-range" => FakeChatClient.Returning(Answer("interested_meeting", sentiment: 7, confidence: 3)),
            _ => FakeChatClient.Throwing(new HttpRequestException("connection refused")),
        };
        var offline = new OfflineReplyClassifier();
        var ai = new AiReplyClassifier(client, offline, AiOptions(), TimeProvider.System);
        var offlineReport = new EvaluationReport();
        var aiReport = new EvaluationReport();
        var fallbacks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in EvaluationSet.All)
        {
            var expected = offline.Classify(item.Input);
            var actual = await ai.ClassifyAsync(item.Input);
            offlineReport.Add(item, expected);
            aiReport.Add(item, actual);
            Assert.Equal(expected.Label, actual.Label);
            Assert.Equal(expected.Objection, actual.Objection);
            var reason = actual.Reasons[0];
            Assert.StartsWith(AiFallbackReasons.Prefix, reason, StringComparison.Ordinal);
            fallbacks[reason] = fallbacks.GetValueOrDefault(reason) + 1;
        }

        output.WriteLine($"{failure}: {EvaluationSet.All.Count} replies, accuracy AI-with-fallback {aiReport.Accuracy:P2} vs offline {offlineReport.Accuracy:P2}");
        foreach (var (reason, count) in fallbacks.OrderByDescending(p => p.Value))
        {
            output.WriteLine($"  {reason}: {count}");
        }

        Assert.Equal(offlineReport.Accuracy, aiReport.Accuracy);
        Assert.Equal(offlineReport.MacroF1, aiReport.MacroF1);
    }
}
