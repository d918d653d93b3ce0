using AutoMeet.Replies.Signals;
using NodaTime;

namespace AutoMeet.Core.Tests.Replies.Signals;

public sealed class ReturnDateParserTests
{
    // Received on Thursday 12 March 2026.
    private static readonly LocalDate Received = new(2026, 3, 12);

    [Theory]
    [InlineData("I am out of the office until Monday, March 16 with limited access to email.", false, "2026-03-16")]
    [InlineData("I'm on vacation and will return on 3/23.", true, "2026-03-23")]
    [InlineData("I will be back on Thursday.", false, "2026-03-19")]
    [InlineData("Back in the office on the 14th.", false, "2026-03-14")]
    [InlineData("I'm on parental leave until June.", false, "2026-06-01")]
    [InlineData("Ich bin bis einschließlich 20.03.2026 nicht im Büro.", false, "2026-03-21")]
    [InlineData("Ich bin ab dem 2. April wieder erreichbar.", false, "2026-04-02")]
    [InlineData("Je suis absent du bureau jusqu'au 18 mars inclus.", false, "2026-03-19")]
    [InlineData("Bonjour, je suis en congés et serai de retour le lundi 16 mars.", false, "2026-03-16")]
    [InlineData("Estoy fuera de la oficina hasta el 15 de marzo.", false, "2026-03-15")]
    [InlineData("Estou fora do escritório até 10/04 com acesso limitado.", false, "2026-04-10")]
    [InlineData("Ik ben afwezig tot en met 13 maart.", false, "2026-03-14")]
    [InlineData("Ik ben met vakantie en weer terug op 30 maart.", false, "2026-03-30")]
    [InlineData("Out sick today, back tomorrow.", false, "2026-03-13")]
    [InlineData("Away until 1/2/2027.", false, "2027-02-01")]
    public void TryParse_AwayNote_FindsReturnDate(string text, bool monthFirst, string expected)
    {
        Assert.True(ReturnDateParser.TryParse(text, Received, monthFirst, out var date));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [InlineData("I'm travelling this week, will reply soon.")]
    [InlineData("")]
    [InlineData("Back to you shortly.")]
    public void TryParse_NoDate_False(string text)
    {
        Assert.False(ReturnDateParser.TryParse(text, Received, monthFirst: false, out _));
    }
}

public sealed class ReturnDateParserJapaneseTests
{
    // Received on Thursday 12 March 2026.
    private static readonly LocalDate Received = new(2026, 3, 12);

    [Theory]
    [InlineData("3月23日に戻ります。", "2026-03-23")]
    [InlineData("3月12日から3月22日まで海外出張のため不在にしております。", "2026-03-23")] // まで is inclusive
    [InlineData("１６日（月）に出社予定です。", "2026-03-16")]
    [InlineData("3/25以降、順次ご返信いたします。", "2026-03-25")]
    [InlineData("来週月曜日より復帰いたします。", "2026-03-16")]
    [InlineData("12月3日に戻ります。", "2026-12-03")]
    [InlineData("明日から出社します。", "2026-03-13")]
    public void TryParse_JapaneseAwayNote_FindsReturnDate(string text, string expected)
    {
        Assert.True(ReturnDateParser.TryParse(text, Received, monthFirst: false, out var date));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [InlineData("出張中のため返信が遅れます。")]
    [InlineData("3月12日から出張です。")]
    public void TryParse_JapaneseNoteWithoutReturnCue_False(string text)
    {
        Assert.False(ReturnDateParser.TryParse(text, Received, monthFirst: false, out _));
    }
}
