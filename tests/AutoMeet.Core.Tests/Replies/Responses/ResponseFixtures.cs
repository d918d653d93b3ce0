using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Replies.Ai;
using AutoMeet.Replies.Responses;
using AutoMeet.Templates;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AutoMeet.Core.Tests.Replies.Responses;

/// <summary>Builds response requests and generators for the generator tests.</summary>
internal static class ResponseFixtures
{
    private static readonly Lazy<ITemplateEngine> Engine = new(() =>
        new ServiceCollection().AddAutoMeet().Services.BuildServiceProvider().GetRequiredService<ITemplateEngine>());

    public static TemplateResponseGenerator Templates() => new(Engine.Value);

    public static AiResponseGenerator Ai(IChatClient client, Action<ResponseOptions>? configure = null, FakeTimeProvider? time = null)
    {
        var options = new ResponseOptions();
        configure?.Invoke(options);
        return new AiResponseGenerator(
            client, Templates(), Microsoft.Extensions.Options.Options.Create(options), Microsoft.Extensions.Options.Options.Create(new AiReplyOptions { Timeout = TimeSpan.FromSeconds(5) }),
            time ?? new FakeTimeProvider(), NullLogger.Instance);
    }

    public static ResponseRequest Request(ReplyDraftSituation situation, string replyText = "Too expensive for us right now.", string? language = null, double confidence = 0.8)
    {
        var prospect = new Prospect { Email = "ada@analytical.example", FirstName = "Ada", LastName = "Lovelace", Company = "Analytical" };
        var thread = new EmailThread { ProspectId = prospect.Id, Subject = "Hello" };
        thread.Messages.Add(new EmailMessage { ThreadId = thread.Id, Direction = MessageDirection.Outbound, RfcMessageId = "first@vendor.example", BodyText = "Hi Ada, worth a call?" });
        return new ResponseRequest
        {
            Situation = situation,
            Decision = new ReplyDecision { ThreadId = thread.Id, ProspectId = prospect.Id, Label = ReplyLabel.Objection, Objection = ObjectionType.Budget, Confidence = confidence, Classifier = "offline" },
            Prospect = prospect,
            Thread = thread,
            ReplyText = replyText,
            Language = language,
            SenderName = "Sam Seller",
            SenderEmail = "sam@vendor.example",
            CampaignName = "Spring",
        };
    }

    public static string Json(string body, double confidence = 0.8) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["body"] = body, ["confidence"] = confidence });
}
