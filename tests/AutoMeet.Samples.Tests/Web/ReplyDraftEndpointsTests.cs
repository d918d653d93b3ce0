using System.Net;
using System.Security.Cryptography;
using System.Text;
using AutoMeet.Accounts;
using AutoMeet.Compliance;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Samples.Tests.Web;

public sealed class ReplyDraftEndpointsTests : IDisposable
{
    private static readonly UserId Owner = new("draft-owner");
    private readonly FakeClockWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static FormUrlEncodedContent Form(string decision) => new([new KeyValuePair<string, string>("decision", decision)]);

    private static Uri Link(string token) => new("/reply-drafts/" + Uri.EscapeDataString(token), UriKind.Relative);

    /// <summary>Seeds a pending draft answering a budget objection and returns its approve and reject tokens.</summary>
    private async Task<(string Approve, string Reject, Id<ReplyDraft> DraftId)> SeedAsync()
    {
        _ = _factory.CreateClient();
        var now = Instant.FromDateTimeOffset(_factory.Time.GetUtcNow());
        var account = new MailboxAccount { OwnerId = Owner, EmailAddress = "owner@acme.example", DisplayName = "Owner", Status = AccountStatus.Connected };
        var prospect = new Prospect { OwnerId = Owner, Email = "dana@globex.example", FirstName = "Dana", LastName = "Scully", Company = "Globex" };
        var thread = new EmailThread { MailboxAccountId = account.Id, ProspectId = prospect.Id, ProviderThreadId = "thr-1", Subject = "Hello" };
        var reply = new EmailMessage { ThreadId = thread.Id, Direction = MessageDirection.Inbound, RfcMessageId = "reply-1@globex.example", From = prospect.Email, Subject = "Re: Hello", BodyText = "Too expensive.", OccurredAt = now };
        thread.Messages.Add(new EmailMessage { ThreadId = thread.Id, Direction = MessageDirection.Outbound, RfcMessageId = "first-1@acme.example", Subject = "Hello", OccurredAt = now });
        thread.Messages.Add(reply);
        var decision = new ReplyDecision { OwnerId = Owner, MessageId = reply.Id, ThreadId = thread.Id, ProspectId = prospect.Id, Label = ReplyLabel.Objection, Objection = ObjectionType.Budget, Confidence = 0.8, Classifier = "offline", DecidedAt = now };
        var draft = new ReplyDraft
        {
            OwnerId = Owner, ProspectId = prospect.Id, ThreadId = thread.Id, DecisionId = decision.Id, Situation = ReplyDraftSituation.ObjectionBudget,
            Subject = "Re: Hello", Body = "Hi Dana,\n\nFair point <and> thanks.\n\nOwner\n", Generator = "template:response.objection.budget", Confidence = 0.8,
            ExpiresAt = Instant.FromUnixTimeSeconds((now + Duration.FromHours(48)).ToUnixTimeSeconds()),
        };
        draft.RfcMessageId = $"draft-{draft.Id.Value:N}.am@acme.example";
        draft.TokenHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"reply-draft-link/v1\n{draft.Id}\n{Owner.Value}\n{draft.ExpiresAt.ToUnixTimeSeconds()}")));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            await store.MailboxAccounts.AddAsync(account);
            await store.Prospects.AddAsync(prospect);
            await store.Threads.AddAsync(thread);
            await store.ReplyDecisions.AddAsync(decision);
            await store.ReplyDrafts.AddAsync(draft);
        }

        var signer = _factory.Services.GetRequiredService<ILinkSigner>();
        string Sign(string purpose) => signer.Sign(new LinkTokenPayload(purpose, [draft.Id.ToString(), Owner.Value], draft.ExpiresAt));
        return (Sign("reply-draft-approve"), Sign("reply-draft-reject"), draft.Id);
    }

    private async Task<ReplyDraft> DraftAsync(Id<ReplyDraft> id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().ReplyDrafts.FindAsync(id))!;
    }

    [Fact]
    public async Task Get_ValidLink_ShowsTheDraftAndDecidesNothing()
    {
        var (approve, _, draftId) = await SeedAsync();
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(Link(approve));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"approve\"", html, StringComparison.Ordinal);
        Assert.Contains("Fair point &lt;and&gt; thanks.", html, StringComparison.Ordinal);
        Assert.Contains("Dana Scully (Globex)", html, StringComparison.Ordinal);
        Assert.Equal(ReplyDraftStatus.Pending, (await DraftAsync(draftId)).Status);
    }

    [Fact]
    public async Task Post_ApproveTwice_SendsOnceAndShowsAlreadyHandled()
    {
        var (approve, reject, draftId) = await SeedAsync();
        using var client = _factory.CreateClient();

        var first = await client.PostAsync(Link(approve), Form("approve"));
        var second = await client.PostAsync(Link(approve), Form("approve"));
        var rejectLater = await client.PostAsync(Link(reject), Form("reject"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("It was sent in the thread.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Already handled", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Already handled", await rejectLater.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var draft = await DraftAsync(draftId);
        Assert.Equal(ReplyDraftStatus.Sent, draft.Status);
        var mailbox = _factory.Services.GetRequiredService<AutoMeet.Sandbox.SandboxMailbox>();
        Assert.Single(mailbox.ListSent(), m => m.Email.RfcMessageId == draft.RfcMessageId);
    }

    [Fact]
    public async Task Post_ForgedOrMissingDecision_Returns400()
    {
        var (approve, _, draftId) = await SeedAsync();
        using var client = _factory.CreateClient();

        var forged = await client.PostAsync(Link(approve + "x"), Form("approve"));
        var missing = await client.PostAsync(Link(approve), Form("maybe"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(ReplyDraftStatus.Pending, (await DraftAsync(draftId)).Status);
    }
}
