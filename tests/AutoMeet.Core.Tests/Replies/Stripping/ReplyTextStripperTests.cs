using AutoMeet.Replies.Stripping;

namespace AutoMeet.Core.Tests.Replies.Stripping;

public sealed class ReplyTextStripperTests
{
    private const string Seller = "Would you be interested in a call? Reply STOP to unsubscribe.";

    [Theory]
    [InlineData("On Tue, Mar 10, 2026 at 9:14 AM Alex Seller <alex@automeet.io> wrote:")]
    [InlineData("Am Di., 10. März 2026 um 09:14 Uhr schrieb Alex Seller <alex@automeet.io>:")]
    [InlineData("Le mar. 10 mars 2026 à 09:14, Alex Seller <alex@automeet.io> a écrit :")]
    [InlineData("El mar, 10 mar 2026 a las 9:14, Alex Seller (<alex@automeet.io>) escribió:")]
    [InlineData("Em ter., 10 de mar. de 2026 às 09:14, Alex Seller <alex@automeet.io> escreveu:")]
    [InlineData("Op di 10 mrt 2026 om 09:14 schreef Alex Seller <alex@automeet.io>:")]
    [InlineData("On 10 Mar 2026, at 09:14, Alex Seller <alex@automeet.io> wrote:")]
    public void Strip_AttributionLineInAnyLanguage_DropsQuote(string attribution)
    {
        var body = $"Sounds good, Tuesday works.\n\n{attribution}\n\n> {Seller}\n> Alex";

        Assert.Equal("Sounds good, Tuesday works.", ReplyTextStripper.Strip(body));
    }

    [Fact]
    public void Strip_WrappedGmailAttribution_DropsQuote()
    {
        var body = "Yes please.\n\nOn Tue, Mar 10, 2026 at 9:14 AM Alex Seller <\nalex@automeet.io> wrote:\n\n> " + Seller;

        Assert.Equal("Yes please.", ReplyTextStripper.Strip(body));
    }

    [Theory]
    [InlineData("-----Original Message-----\nFrom: Alex\nSent: Tuesday\n\n")]
    [InlineData("________________________________\nFrom: Alex <a@b.io>\nSent: Tuesday, March 10, 2026 9:14 AM\nTo: Anna\nSubject: Hi\n\n")]
    [InlineData("From: Alex Seller <alex@automeet.io>\nSent: Tuesday, March 10, 2026 9:14 AM\nTo: Anna\nSubject: Quick question\n\n")]
    [InlineData("Von: Alex Seller <alex@automeet.io>\nGesendet: Dienstag, 10. März 2026 09:14\nAn: Anna\nBetreff: Kurze Frage\n\n")]
    [InlineData("De : Alex Seller <alex@automeet.io>\nEnvoyé : mardi 10 mars 2026 09:14\nÀ : Anna\nObjet : Échange\n\n")]
    [InlineData("De: Alex Seller\nEnviado el: martes, 10 de marzo de 2026 9:14\nPara: Ana\nAsunto: Llamada\n\n")]
    [InlineData("Van: Alex Seller\nVerzonden: dinsdag 10 maart 2026 09:14\nAan: Anna\nOnderwerp: Gesprek\n\n")]
    [InlineData("---------- Forwarded message ---------\nFrom: Alex Seller <alex@automeet.io>\nDate: Tue, Mar 10, 2026\n\n")]
    [InlineData("Begin forwarded message:\n\n")]
    public void Strip_OutlookAndForwardBlocks_DropsEverythingAfter(string block)
    {
        var body = "Please remove me.\n\n" + block + Seller;

        Assert.Equal("Please remove me.", ReplyTextStripper.Strip(body));
    }

    [Theory]
    [InlineData("-- \nAnna Schmidt\nVP Sales\n+1 555 123 4567")]
    [InlineData("Sent from my iPhone")]
    [InlineData("Von meinem iPhone gesendet")]
    [InlineData("Enviado desde mi iPhone")]
    [InlineData("Get Outlook for Android")]
    [InlineData("Best,\nAnna\n\nAnna Schmidt | VP Sales | Contoso\n+1 (555) 123-4567")]
    [InlineData("Mit freundlichen Grüßen\nKlaus Weber\nGeschäftsführer\nTel. +49 30 1234567")]
    [InlineData("Met vriendelijke groet,\nPieter Jansen")]
    [InlineData("Thanks, Anna")]
    public void Strip_Signature_DropsIt(string signature)
    {
        var body = "Let's talk next week.\n\n" + signature;

        Assert.Equal("Let's talk next week.", ReplyTextStripper.Strip(body));
    }

    [Fact]
    public void Strip_InterleavedQuotedLines_KeepsOnlyNewLines()
    {
        var body = "> Are you free Tuesday?\nYes, after 2pm.\n> Or Wednesday?\nWednesday is bad.";

        Assert.Equal("Yes, after 2pm.\nWednesday is bad.", ReplyTextStripper.Strip(body));
    }

    [Theory]
    [InlineData("Thanks!")]
    [InlineData("Thanks, but we'll pass.")]
    [InlineData("Op dit moment niet, neem later contact op.")]
    [InlineData("Le mardi me va.")]
    public void Strip_TextThatOnlyLooksLikeAMarker_KeepsIt(string body)
    {
        Assert.Equal(body, ReplyTextStripper.Strip(body));
    }

    [Fact]
    public void Strip_WindowsLineEndings_DropsQuoteAndSignature()
    {
        var body = "Tuesday works.\r\n\r\nBest,\r\nAnna\r\n\r\nOn Tue, Mar 10, 2026 at 9:14 AM Alex <a@b.io> wrote:\r\n> Book a call?";

        Assert.Equal("Tuesday works.", ReplyTextStripper.Strip(body));
    }

    [Fact]
    public void Strip_NoMarkers_ReturnsSameInstance()
    {
        const string body = "Send me the deck.";

        Assert.Same(body, ReplyTextStripper.Strip(body));
    }

    [Fact]
    public void Strip_OnlyQuotedText_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, ReplyTextStripper.Strip("> " + Seller + "\n> Alex"));
    }

    [Fact]
    public void Strip_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ReplyTextStripper.Strip(null!));
    }
}
