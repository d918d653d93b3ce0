using AutoMeet.Replies;

namespace AutoMeet.Core.Tests.Replies.Responses;

public sealed class TemplateResponseGeneratorTests
{
    [Fact]
    public async Task GenerateAsync_EverySituation_RendersAnEnglishReplyInTheThread()
    {
        var generator = ResponseFixtures.Templates();

        foreach (var situation in Enum.GetValues<ReplyDraftSituation>())
        {
            var response = await generator.GenerateAsync(ResponseFixtures.Request(situation));

            Assert.NotNull(response);
            Assert.Equal("Re: Hello", response.Subject);
            Assert.Equal("en", response.Language);
            Assert.StartsWith("Hi Ada,", response.Body, StringComparison.Ordinal);
            Assert.EndsWith("Sam Seller\n", response.Body, StringComparison.Ordinal);
            Assert.Equal("template:response." + situation.ToWireName(), response.Generator);
            Assert.Equal(0.8, response.Confidence);
        }
    }

    [Fact]
    public async Task GenerateAsync_GermanReplyWithGermanTemplate_AnswersInGerman()
    {
        var response = await ResponseFixtures.Templates().GenerateAsync(ResponseFixtures.Request(ReplyDraftSituation.ObjectionBudget, language: "de"));

        Assert.Equal("de", response!.Language);
        Assert.Equal("template:response.objection.budget.de", response.Generator);
        Assert.StartsWith("Hallo Ada,", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", ReplyDraftSituation.ObjectionTrust)]
    [InlineData("fr", ReplyDraftSituation.ObjectionBudget)]
    [InlineData("ja", ReplyDraftSituation.Question)]
    public async Task GenerateAsync_LanguageWithoutTemplate_FallsBackToEnglish(string language, ReplyDraftSituation situation)
    {
        var response = await ResponseFixtures.Templates().GenerateAsync(ResponseFixtures.Request(situation, language: language));

        Assert.Equal("en", response!.Language);
        Assert.Equal("template:response." + situation.ToWireName(), response.Generator);
    }

    [Fact]
    public async Task GenerateAsync_Templates_HoldNoLinksDiscountsOrTimes()
    {
        var generator = ResponseFixtures.Templates();
        foreach (var situation in Enum.GetValues<ReplyDraftSituation>())
        {
            foreach (var language in new[] { "en", "de" })
            {
                var response = await generator.GenerateAsync(ResponseFixtures.Request(situation, language: language));
                Assert.Null(AutoMeet.Replies.Responses.ResponseGuardrails.Check(response!.Body, [], "sam@vendor.example"));
            }
        }
    }
}
