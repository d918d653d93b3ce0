using AutoMeet.Replies.Responses;

namespace AutoMeet.Core.Tests.Replies.Responses;

public sealed class ReplyLanguageTests
{
    [Theory]
    [InlineData("Thanks, but we are not looking for this right now and the budget is gone.", "en")]
    [InlineData("Danke, aber das ist für uns gerade nicht interessant und wir haben kein Budget.", "de")]
    [InlineData("Merci, mais nous ne sommes pas intéressés pour le moment.", "fr")]
    [InlineData("Gracias, pero no estamos interesados por ahora, es muy caro para nuestro equipo.", "es")]
    [InlineData("Obrigado, mas não estamos interessados agora, é caro para o nosso time.", "pt")]
    [InlineData("Bedankt, maar we hebben er geen budget voor en het is niet het moment.", "nl")]
    public void Detect_ReplyInLanguage_ReturnsItsCode(string text, string expected) =>
        Assert.Equal(expected, ReplyLanguage.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("OK")]
    [InlineData("Budget?")]
    public void Detect_TooLittleText_ReturnsNull(string text) => Assert.Null(ReplyLanguage.Detect(text));
}
