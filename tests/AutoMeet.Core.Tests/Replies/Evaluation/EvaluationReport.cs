using System.Globalization;
using System.Text;
using AutoMeet.Replies;

namespace AutoMeet.Core.Tests.Replies.Evaluation;

/// <summary>Accuracy, macro-F1, a confusion matrix and calibration for a set of (expected, actual) decisions.</summary>
internal sealed class EvaluationReport
{
    private static readonly ReplyLabel[] Labels = Enum.GetValues<ReplyLabel>();
    private static readonly double[] BucketEdges = [0.0, 0.5, 0.7, 0.8, 0.9, 1.0001];
    private readonly List<(EvaluationCase Case, ReplyClassification Result)> _rows = [];

    public int Count => _rows.Count;

    public void Add(EvaluationCase evaluationCase, ReplyClassification result) => _rows.Add((evaluationCase, result));

    public double Accuracy => _rows.Count(r => r.Case.Label == r.Result.Label) / (double)_rows.Count;

    /// <summary>Gets the share of correctly labelled objections whose sub-type is also right.</summary>
    public double ObjectionTypeAccuracy
    {
        get
        {
            var objections = _rows.Where(r => r.Case.Label == ReplyLabel.Objection && r.Result.Label == ReplyLabel.Objection).ToList();
            return objections.Count == 0 ? 1 : objections.Count(r => r.Result.Objection == r.Case.Objection) / (double)objections.Count;
        }
    }

    public double MacroF1
    {
        get
        {
            var f1s = new List<double>();
            foreach (var label in Labels)
            {
                var tp = _rows.Count(r => r.Case.Label == label && r.Result.Label == label);
                var fp = _rows.Count(r => r.Case.Label != label && r.Result.Label == label);
                var fn = _rows.Count(r => r.Case.Label == label && r.Result.Label != label);
                if (tp + fp + fn == 0)
                {
                    continue;
                }

                f1s.Add(tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn));
            }

            return f1s.Average();
        }
    }

    public string Format(string title)
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"== {title}: n={Count} accuracy={Accuracy:P1} macro-F1={MacroF1:F3} objection-type accuracy={ObjectionTypeAccuracy:P1}");
        sb.AppendLine("confusion (rows = expected, columns = predicted):");
        sb.Append(' ', 20);
        foreach (var label in Labels)
        {
            sb.Append(c, $"{Short(label),7}");
        }

        sb.AppendLine();
        foreach (var expected in Labels)
        {
            sb.Append(c, $"{expected.ToWireName(),-20}");
            foreach (var predicted in Labels)
            {
                sb.Append(c, $"{_rows.Count(r => r.Case.Label == expected && r.Result.Label == predicted),7}");
            }

            sb.AppendLine();
        }

        sb.AppendLine("calibration (confidence bucket: n, accuracy, mean confidence):");
        for (var i = 0; i + 1 < BucketEdges.Length; i++)
        {
            var bucket = _rows.Where(r => r.Result.Confidence >= BucketEdges[i] && r.Result.Confidence < BucketEdges[i + 1]).ToList();
            if (bucket.Count == 0)
            {
                continue;
            }

            var accuracy = bucket.Count(r => r.Case.Label == r.Result.Label) / (double)bucket.Count;
            sb.AppendLine(c, $"  [{BucketEdges[i]:F2}, {Math.Min(1, BucketEdges[i + 1]):F2}): n={bucket.Count,4} accuracy={accuracy:P1} mean-confidence={bucket.Average(r => r.Result.Confidence):F3}");
        }

        sb.AppendLine("per decision path (reason: n, accuracy, confidence):");
        foreach (var group in _rows.GroupBy(r => r.Result.Reasons[^1]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var accuracy = group.Count(r => r.Case.Label == r.Result.Label) / (double)group.Count();
            sb.AppendLine(c, $"  {group.Key,-32} n={group.Count(),4} accuracy={accuracy:P1} confidence={group.Average(r => r.Result.Confidence):F3}");
        }

        foreach (var language in _rows.Select(r => r.Case.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var rows = _rows.Where(r => r.Case.Language == language).ToList();
            sb.AppendLine(c, $"  language {language}: n={rows.Count} accuracy={rows.Count(r => r.Case.Label == r.Result.Label) / (double)rows.Count:P1}");
        }

        return sb.ToString();
    }

    public IEnumerable<string> Errors() => _rows
        .Where(r => r.Case.Label != r.Result.Label || (r.Case.Objection is not null && r.Result.Label == ReplyLabel.Objection && r.Case.Objection != r.Result.Objection))
        .Select(r => $"{r.Case.Id} expected {r.Case.Label.ToWireName()}/{r.Case.Objection?.ToWireName()} got {r.Result.Label.ToWireName()}/{r.Result.Objection?.ToWireName()} ({string.Join(",", r.Result.Reasons)})");

    private static string Short(ReplyLabel label) => label switch
    {
        ReplyLabel.InterestedMeeting => "meet",
        ReplyLabel.InterestedInfo => "info",
        ReplyLabel.NotInterested => "notint",
        ReplyLabel.Objection => "objec",
        ReplyLabel.Referral => "refer",
        ReplyLabel.OutOfOffice => "ooo",
        ReplyLabel.Unsubscribe => "unsub",
        ReplyLabel.Bounce => "bounce",
        ReplyLabel.Reschedule => "resch",
        ReplyLabel.Cancel => "cancel",
        _ => "quest",
    };
}
