using System.Text.Json;
using AutoMeet.Replies;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Core.Tests.Replies.Evaluation;

/// <summary>Loads <c>replies.jsonl</c>: one reply per line with its expected label, objection and split (dev or holdout).</summary>
internal static class EvaluationSet
{
    private static readonly Lazy<IReadOnlyList<EvaluationCase>> Cases = new(Load);

    public static IReadOnlyList<EvaluationCase> All => Cases.Value;

    private static List<EvaluationCase> Load()
    {
        var path = Locate();
        var cases = new List<EvaluationCase>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in h.EnumerateObject())
                {
                    headers[p.Name] = p.Value.GetString() ?? string.Empty;
                }
            }

            if (!ReplyLabelNames.TryParseLabel(root.GetProperty("label").GetString(), out var label))
            {
                throw new InvalidDataException($"Case {id}: unknown label.");
            }

            ObjectionType? objection = null;
            if (root.GetProperty("objection").GetString() is { } o)
            {
                objection = ReplyLabelNames.TryParseObjection(o, out var type) ? type : throw new InvalidDataException($"Case {id}: unknown objection '{o}'.");
            }

            var input = new ReplyInput
            {
                Subject = root.GetProperty("subject").GetString() ?? string.Empty,
                From = root.GetProperty("from").GetString() ?? string.Empty,
                Headers = headers,
                Body = root.GetProperty("body").GetString() ?? string.Empty,
                ReceivedAt = InstantPattern.ExtendedIso.Parse(root.GetProperty("received_utc").GetString()!).GetValueOrThrow(),
                ProspectZone = DateTimeZoneProviders.Tzdb[root.GetProperty("prospect_tz").GetString()!],
            };
            cases.Add(new EvaluationCase(id, root.GetProperty("lang").GetString()!, root.GetProperty("split").GetString()!, input, label, objection));
        }

        return cases;
    }

    private static string Locate()
    {
        var relative = Path.Combine("tests", "AutoMeet.Core.Tests", "Replies", "Evaluation", "replies.jsonl");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"The reply evaluation set ({relative}) was not found above {AppContext.BaseDirectory}.");
    }
}
