using System.Text.Json;
using AutoMeet.Replies;
using AutoMeet.Replies.Ai;
using AutoMeet.Replies.Availability;
using NodaTime;
using NodaTime.Text;
using static AutoMeet.Core.Tests.Replies.Ai.AiTestData;

namespace AutoMeet.Core.Tests.Replies.Ai;

/// <summary>With a model that returns garbage, the AI extractor answers exactly as the offline one on every phrase of the availability set.</summary>
public sealed class AiAvailabilityFallbackEvaluationTests
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");

    [Fact]
    public async Task ExtractAsync_GarbageModelOnAvailabilitySet_EqualsOffline()
    {
        var offline = new OfflineAvailabilityExtractor();
        var ai = new AiAvailabilityExtractor(FakeChatClient.Returning("{\"kind\":\"sometimes\""), offline, AiOptions(), TimeProvider.System, DateTimeZoneProviders.Tzdb);
        var count = 0;
        foreach (var line in File.ReadLines(Locate()).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var input = new AvailabilityText
            {
                Text = root.GetProperty("text").GetString()!,
                ReceivedLocal = Local.Parse(root.GetProperty("received_local").GetString()!).GetValueOrThrow(),
                ProspectZone = DateTimeZoneProviders.Tzdb[root.GetProperty("prospect_tz").GetString()!],
                HostZone = DateTimeZoneProviders.Tzdb[root.GetProperty("host_tz").GetString()!],
            };

            var expected = offline.Extract(input);
            var (actual, reason) = await ai.ExtractWithReasonAsync(input, CancellationToken.None);

            Assert.Equal(expected.Kind, actual.Kind);
            Assert.Equal(expected.Windows, actual.Windows);
            Assert.StartsWith(AiFallbackReasons.Prefix, reason, StringComparison.Ordinal);
            count++;
        }

        Assert.True(count >= 100, $"only {count} phrases");
    }

    private static string Locate()
    {
        var relative = Path.Combine("tests", "AutoMeet.Core.Tests", "Replies", "Evaluation", "availability.jsonl");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"The availability evaluation set ({relative}) was not found above {AppContext.BaseDirectory}.");
    }
}
