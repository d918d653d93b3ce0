using AutoMeet.Replies.Offline;

namespace AutoMeet.Core.Tests.Replies.Offline;

public sealed class JapaneseTextTests
{
    private static string[] Tokens(string text)
    {
        var folded = new char[text.Length];
        TextFolder.Fold(text, folded);
        var tokens = new Token[128];
        var count = Tokenizer.Tokenize(folded, tokens);
        return [.. tokens[..count].Select(t => new string(folded, t.Start, t.Length))];
    }

    private static string Fold(string text)
    {
        var folded = new char[text.Length];
        TextFolder.Fold(text, folded);
        return new string(folded);
    }

    [Fact]
    public void Tokenize_Japanese_OneTokenPerKanaOrKanji()
    {
        Assert.Equal(["打", "ち", "合", "わ", "せ"], Tokens("打ち合わせ"));
    }

    [Fact]
    public void Tokenize_MixedScripts_SplitsLatinWordsAndDigitsFromKana()
    {
        Assert.Equal(["zoom", "で", "14", "時", "."], Tokens("Zoomで14時。"));
    }

    [Fact]
    public void Fold_FullWidthDigitsColonAndIdeographicPunctuation_BecomeAscii()
    {
        Assert.Equal("14:30,OK.", Fold("１４：３０、ＯＫ。").Replace("ok", "OK", StringComparison.Ordinal));
        Assert.Equal("?!", Fold("？！"));
    }

    [Fact]
    public void Fold_IsLengthPreserving_ForJapanese()
    {
        const string text = "「配信停止」をお願いします（至急）。";
        Assert.Equal(text.Length, Fold(text).Length);
    }

    [Theory]
    [InlineData("興味はありません。", true)]
    [InlineData("お話しできません", true)]
    [InlineData("興味があります。", false)]
    [InlineData("お時間いただけないでしょうか", false)] // a polite invitation
    [InlineData("お話しできませんか", false)]
    [InlineData("問題ありません", false)]
    public void NegationFollows_ClauseAfterPhrase_DetectsJapaneseNegation(string clause, bool expected)
    {
        var folded = Fold(clause);
        var start = folded.StartsWith("興味", StringComparison.Ordinal) ? 2 : folded.StartsWith("お話し", StringComparison.Ordinal) ? 3 : 0;

        Assert.Equal(expected, JapaneseText.NegationFollows(folded, start));
    }

    [Theory]
    [InlineData("営業部の佐藤が担当しております。", true)]
    [InlineData("マーケティング部の鈴木さんにおつなぎします。", true)]
    [InlineData("田中様宛にご連絡ください。", true)]
    [InlineData("ご担当者様にお伝えください。", false)]
    [InlineData("皆様によろしくお伝えください。", false)]
    [InlineData("担当の者からご連絡します。", false)]
    public void NamesPerson_HonorificOrHumbleForm_FindsNamedColleague(string text, bool expected)
    {
        Assert.Equal(expected, JapaneseText.NamesPerson(Fold(text)));
    }
}
