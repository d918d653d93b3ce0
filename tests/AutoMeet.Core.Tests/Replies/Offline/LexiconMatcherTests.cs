using AutoMeet.Replies.Offline;

namespace AutoMeet.Core.Tests.Replies.Offline;

public sealed class LexiconMatcherTests
{
    private static float[] Scores(string text)
    {
        var folded = new char[text.Length];
        TextFolder.Fold(text, folded);
        var tokens = new Token[256];
        var count = Tokenizer.Tokenize(folded, tokens);
        var scores = new float[(int)Signal.Count];
        var lastEnd = new int[(int)Signal.Count];
        LexiconMatcher.Match(Lexicon.Default, folded, tokens.AsSpan(0, count), scores, lastEnd);
        return scores;
    }

    [Fact]
    public void Match_NegatedAffirmation_CountsAsDecline()
    {
        var scores = Scores("I am not interested.");

        Assert.True(scores[(int)Signal.NotInterested] >= 1);
    }

    [Fact]
    public void Match_NegationInEarlierClause_DoesNotNegate()
    {
        var scores = Scores("Not sure. But interested!");

        Assert.True(scores[(int)Signal.Affirm] >= 1);
    }

    [Theory]
    [InlineData("Können wir den Termin verschieben?")]
    [InlineData("Pouvons-nous décaler le rendez-vous ?")]
    [InlineData("¿Podemos reprogramar la llamada?")]
    public void Match_AccentsAndPunctuation_FoldedBeforeMatching(string text)
    {
        Assert.True(Scores(text)[(int)Signal.Reschedule] >= 1);
    }

    [Fact]
    public void Match_TypoInLongWord_StillMatches()
    {
        Assert.True(Scores("pls unsubscirbe me")[(int)Signal.Unsubscribe] >= 1);
    }

    [Fact]
    public void Default_Lexicon_HasPhrasesForEveryLanguage()
    {
        Assert.True(Lexicon.Default.Count > 1000, $"Only {Lexicon.Default.Count} phrases.");
    }
}
