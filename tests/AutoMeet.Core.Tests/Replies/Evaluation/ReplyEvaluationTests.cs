using AutoMeet.Replies.Offline;
using Xunit.Abstractions;

namespace AutoMeet.Core.Tests.Replies.Evaluation;

/// <summary>
/// Runs the offline classifier over the labelled evaluation set and fails below the floors. Splits: <c>dev</c> (tuned
/// on), <c>holdout</c> (every fourth of the first 334 cases; never inspected case by case, but written by the same
/// author just before the lexicons), <c>fresh</c> (written after a first freeze; its aggregate score then led to a
/// broadening of the lexicons by an author who knew its cases), <c>blind</c> (written after the second freeze; the third
/// round knew it), <c>blind2</c>, <c>blind3</c> and <c>blind4</c> (each written before a change and measured on it, then
/// tuned on in the generalisation round) and <c>blind5</c> (written after that round was frozen, never tuned on: the
/// honest estimate of accuracy on unseen wording). See Evaluation/README.md.
/// </summary>
public sealed class ReplyEvaluationTests(ITestOutputHelper output)
{
    // Floors: a few points below the figures measured after the generalisation round (see Evaluation/README.md):
    // dev 99.6 %, holdout 97.6 %, fresh 100 %, blind 95.2 %, blind2 98.1 %, blind3 98.0 %, blind4 98.2 % (these three tuned on
    // since), blind5 91.1 % (never tuned on), overall macro-F1 0.976.
    private const double DevAccuracyFloor = 0.96;
    private const double HoldoutAccuracyFloor = 0.93;
    private const double FreshAccuracyFloor = 0.95;
    private const double BlindAccuracyFloor = 0.90;
    private const double Blind2AccuracyFloor = 0.93;
    private const double Blind3AccuracyFloor = 0.93;
    private const double Blind4AccuracyFloor = 0.93;
    private const double Blind5AccuracyFloor = 0.86;
    private const double OverallMacroF1Floor = 0.94;

    // Japanese (reported apart from the six original languages): ja-dev was tuned on; ja-blind was written first and never
    // tuned on, but by the same author as the lexicons (see Evaluation/README.md), so its floor leaves room below its figure.
    private const double JapaneseDevAccuracyFloor = 0.95;
    private const double JapaneseBlindAccuracyFloor = 0.85;
    private const double JapaneseBlind2AccuracyFloor = 0.60;

    [Fact]
    public void OfflineClassifier_EvaluationSet_MeetsAccuracyAndF1Floors()
    {
        var classifier = new OfflineReplyClassifier();
        var all = new EvaluationReport();
        var dev = new EvaluationReport();
        var holdout = new EvaluationReport();
        var fresh = new EvaluationReport();
        var blind = new EvaluationReport();
        var blind2 = new EvaluationReport();
        var blind3 = new EvaluationReport();
        var blind4 = new EvaluationReport();
        var blind5 = new EvaluationReport();
        var japaneseDev = new EvaluationReport();
        var japaneseBlind = new EvaluationReport();
        var japaneseBlind2 = new EvaluationReport();
        foreach (var item in EvaluationSet.All)
        {
            var result = classifier.Classify(item.Input);
            if (item.Language == "ja")
            {
                // Japanese has its own splits and figures, so the six original languages' figures stay comparable.
                (item.Split switch { "ja-blind" => japaneseBlind, "ja-blind2" => japaneseBlind2, _ => japaneseDev }).Add(item, result);
                continue;
            }

            all.Add(item, result);
            (item.Split switch { "holdout" => holdout, "fresh" => fresh, "blind" => blind, "blind2" => blind2, "blind3" => blind3, "blind4" => blind4, "blind5" => blind5, _ => dev }).Add(item, result);
        }

        output.WriteLine(all.Format("overall"));
        output.WriteLine(dev.Format("dev (tuned on)"));
        output.WriteLine(holdout.Format("holdout (not tuned on)"));
        output.WriteLine(fresh.Format("fresh (written after the first freeze; the lexicons were later broadened knowing it)"));
        output.WriteLine(blind.Format("blind (written after the second freeze; the third round of lexicons knew it)"));
        output.WriteLine(blind2.Format("blind2 (written after the third freeze; tuned on in the generalisation round)"));
        output.WriteLine(blind3.Format("blind3 (written after the slice landed; tuned on in the generalisation round)"));
        output.WriteLine(blind4.Format("blind4 (written before the generalisation round; tuned on since)"));
        output.WriteLine(blind5.Format("blind5 (written after the generalisation round was frozen; never tuned on)"));
        foreach (var (report, title) in new[] { (japaneseDev, "ja-dev (Japanese, tuned on)"), (japaneseBlind, "ja-blind (Japanese, written before the Japanese lexicons, never tuned on)"),
            (japaneseBlind2, "ja-blind2 (Japanese, written after the Japanese lexicons were frozen, never tuned on)") })
        {
            if (report.Count > 0)
            {
                output.WriteLine(report.Format(title));
            }
        }

        output.WriteLine("ja-dev errors:");
        foreach (var error in japaneseDev.Errors())
        {
            output.WriteLine("  " + error);
        }

        output.WriteLine("dev errors:");
        foreach (var error in dev.Errors())
        {
            output.WriteLine("  " + error);
        }

        foreach (var (name, report) in new[] { ("blind2", blind2), ("blind3", blind3), ("blind4", blind4), ("blind5", blind5) })
        {
            output.WriteLine(name + " errors:");
            foreach (var error in report.Errors())
            {
                output.WriteLine("  " + error);
            }
        }

        Assert.True(EvaluationSet.All.Count >= 300, $"The evaluation set has {EvaluationSet.All.Count} cases; at least 300 are required.");
        Assert.True(dev.Accuracy >= DevAccuracyFloor, $"Dev accuracy {dev.Accuracy:P1} is below the floor {DevAccuracyFloor:P0}.");
        Assert.True(holdout.Accuracy >= HoldoutAccuracyFloor, $"Holdout accuracy {holdout.Accuracy:P1} is below the floor {HoldoutAccuracyFloor:P0}.");
        Assert.True(fresh.Accuracy >= FreshAccuracyFloor, $"Fresh accuracy {fresh.Accuracy:P1} is below the floor {FreshAccuracyFloor:P0}.");
        Assert.True(blind.Accuracy >= BlindAccuracyFloor, $"Blind accuracy {blind.Accuracy:P1} is below the floor {BlindAccuracyFloor:P0}.");
        Assert.True(blind2.Accuracy >= Blind2AccuracyFloor, $"Blind2 accuracy {blind2.Accuracy:P1} is below the floor {Blind2AccuracyFloor:P0}.");
        Assert.True(blind3.Accuracy >= Blind3AccuracyFloor, $"Blind3 accuracy {blind3.Accuracy:P1} is below the floor {Blind3AccuracyFloor:P0}.");
        Assert.True(blind4.Accuracy >= Blind4AccuracyFloor, $"Blind4 accuracy {blind4.Accuracy:P1} is below the floor {Blind4AccuracyFloor:P0}.");
        Assert.True(blind5.Accuracy >= Blind5AccuracyFloor, $"Blind5 accuracy {blind5.Accuracy:P1} is below the floor {Blind5AccuracyFloor:P0}.");
        Assert.True(all.MacroF1 >= OverallMacroF1Floor, $"Macro-F1 {all.MacroF1:F3} is below the floor {OverallMacroF1Floor:F2}.");
        Assert.True(japaneseDev.Count + japaneseBlind.Count >= 60, $"The Japanese set has {japaneseDev.Count + japaneseBlind.Count} cases; at least 60 are required.");
        Assert.True(japaneseDev.Accuracy >= JapaneseDevAccuracyFloor, $"ja-dev accuracy {japaneseDev.Accuracy:P1} is below the floor {JapaneseDevAccuracyFloor:P0}.");
        Assert.True(japaneseBlind.Accuracy >= JapaneseBlindAccuracyFloor, $"ja-blind accuracy {japaneseBlind.Accuracy:P1} is below the floor {JapaneseBlindAccuracyFloor:P0}.");
        Assert.True(japaneseBlind2.Accuracy >= JapaneseBlind2AccuracyFloor, $"ja-blind2 accuracy {japaneseBlind2.Accuracy:P1} is below the floor {JapaneseBlind2AccuracyFloor:P0}.");
    }
}
