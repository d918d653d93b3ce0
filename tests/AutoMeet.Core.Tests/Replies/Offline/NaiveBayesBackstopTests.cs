using AutoMeet.Replies;
using AutoMeet.Replies.Offline;

namespace AutoMeet.Core.Tests.Replies.Offline;

public sealed class NaiveBayesBackstopTests
{
    [Fact]
    public void Default_Model_HasEveryCategoryButBounce()
    {
        var labels = NaiveBayesBackstop.Default.Labels.Distinct().ToHashSet();

        Assert.Equal(Enum.GetValues<ReplyLabel>().Where(l => l != ReplyLabel.Bounce).ToHashSet(), labels);
        Assert.Equal(6, NaiveBayesBackstop.Default.Objections.Count(o => o is not null));
    }

    [Fact]
    public void Predict_Text_ReturnsProbability()
    {
        const string text = "please remove me from the list";
        var folded = new char[text.Length];
        TextFolder.Fold(text, folded);
        var tokens = new Token[32];
        var count = Tokenizer.Tokenize(folded, tokens);

        var (best, posterior) = NaiveBayesBackstop.Default.Predict(folded, tokens.AsSpan(0, count));

        Assert.Equal(ReplyLabel.Unsubscribe, NaiveBayesBackstop.Default.Labels[best]);
        Assert.InRange(posterior, 0.0, 1.0);
    }
}
