using System.Text.Json;
using AutoMeet.Google.Tests.Fakes;
using AutoMeet.Google.Tests.Infrastructure;
using AutoMeet.Messaging;

namespace AutoMeet.Google.Tests.Gmail;

public sealed class GmailMailboxTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>
{
    private readonly FakeGoogleServer _server = fixture.Server;

    [Fact]
    public async Task AddGoogle_Registered_ReplacesSandboxMailbox()
    {
        await using var host = GoogleTestHost.Create(_server);

        Assert.Equal("GmailMailbox", host.Get<IMailbox>().GetType().Name);
    }

    [Fact]
    public async Task SendAsync_NewThread_PostsRawRfc2822WithRequestedHeaders()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server, accessToken: "ya29.send-new");
        var email = GmailTestData.Email(account.Id);

        var sent = await host.Get<IMailbox>().SendAsync(email);

        var request = _server.RequestsFor("users.messages.send")[^1];
        Assert.Equal("POST", request.Method);
        Assert.Equal("gmail/v1/users/me/messages/send", request.Path);
        Assert.Equal("Bearer ya29.send-new", request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.False(body.RootElement.TryGetProperty("threadId", out _));
        var mime = GmailTestData.Decode(body.RootElement.GetProperty("raw").GetString()!);
        Assert.Equal(email.RfcMessageId, mime.MessageId);
        Assert.Equal("Quick question", mime.Subject);
        Assert.Equal("ada@example.com", mime.From.Mailboxes.Single().Address);
        Assert.Equal("grace@prospect.example", mime.To.Mailboxes.Single().Address);
        Assert.Equal("<https://app.example.com/u/abc>", mime.Headers["List-Unsubscribe"]);
        Assert.Equal("OOF, AutoReply", mime.Headers["X-Auto-Response-Suppress"]);
        Assert.Null(mime.InReplyTo);
        Assert.Contains("20 minutes", mime.TextBody, StringComparison.Ordinal);

        var stored = _server.Messages.Single(m => m.Id == sent.ProviderMessageId);
        Assert.Equal(stored.ThreadId, sent.ProviderThreadId);
        Assert.Equal(email.RfcMessageId, sent.RfcMessageId);
        var readBack = _server.RequestsFor("users.messages.get")[^1];
        Assert.Equal(["metadata"], readBack.Query["format"]);
        Assert.Equal(["Message-ID"], readBack.Query["metadataHeaders"]);
    }

    [Fact]
    public async Task SendAsync_FollowUp_SendsThreadIdInReplyToAndReferences()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);
        var mailbox = host.Get<IMailbox>();
        var first = await mailbox.SendAsync(GmailTestData.Email(account.Id));

        var followUp = GmailTestData.Email(account.Id, first.ProviderThreadId, first.RfcMessageId, [first.RfcMessageId]);
        var sent = await mailbox.SendAsync(followUp);

        using var body = JsonDocument.Parse(_server.RequestsFor("users.messages.send")[^1].Body);
        Assert.Equal(first.ProviderThreadId, body.RootElement.GetProperty("threadId").GetString());
        var mime = GmailTestData.Decode(body.RootElement.GetProperty("raw").GetString()!);
        Assert.Equal(first.RfcMessageId, mime.InReplyTo);
        Assert.Equal([first.RfcMessageId], mime.References);
        Assert.Equal("Re: Quick question", mime.Subject);
        Assert.Equal(first.ProviderThreadId, sent.ProviderThreadId);
    }

    [Fact]
    public async Task FindSentAsync_SentMessageId_ReturnsWhatGmailRecorded()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);
        var mailbox = host.Get<IMailbox>();
        var sent = await mailbox.SendAsync(GmailTestData.Email(account.Id));

        var found = await mailbox.FindSentAsync(account.Id, sent.RfcMessageId);
        var missing = await mailbox.FindSentAsync(account.Id, "never-sent@mail.example.com");

        Assert.Equal(sent.ProviderMessageId, found!.ProviderMessageId);
        Assert.Equal(sent.ProviderThreadId, found.ProviderThreadId);
        Assert.Equal(sent.RfcMessageId, found.RfcMessageId);
        Assert.Null(missing);
        var list = _server.RequestsFor("users.messages.list")[^2];
        Assert.Equal("gmail/v1/users/me/messages", list.Path);
        Assert.Equal([$"in:sent rfc822msgid:{sent.RfcMessageId}"], list.Query["q"]);
    }

    [Fact]
    public async Task GetChangesAsync_NullCursor_StartsFromCurrentHistoryId()
    {
        await using var host = GoogleTestHost.Create(_server);
        var account = await host.SeedAccountAsync(_server);

        var changes = await host.Get<IMailbox>().GetChangesAsync(account.Id, null);

        Assert.Empty(changes.Messages);
        Assert.Equal(_server.CurrentHistoryId.ToString(System.Globalization.CultureInfo.InvariantCulture), changes.NextCursor);
        Assert.Equal("gmail/v1/users/me/profile", _server.RequestsFor("users.getProfile")[^1].Path);
    }

    [Fact]
    public async Task GetChangesAsync_SeveralHistoryPages_ReturnsEachReceivedMessageOnceAndSkipsSent()
    {
        await using var host = GoogleTestHost.Create(_server, configure: o => o.PageSize = 2);
        var account = await host.SeedAccountAsync(_server);
        var mailbox = host.Get<IMailbox>();
        var cursor = (await mailbox.GetChangesAsync(account.Id, null)).NextCursor;
        var sent = await mailbox.SendAsync(GmailTestData.Email(account.Id));
        var replies = Enumerable.Range(1, 4)
            .Select(i => _server.Deliver(GmailTestData.Reply("Re: Quick question", $"Reply {i}: Tuesday works.", sent.RfcMessageId), sent.ProviderThreadId))
            .ToList();

        var changes = await mailbox.GetChangesAsync(account.Id, cursor);

        Assert.False(changes.IsFullResync);
        Assert.Equal(replies.Select(r => r.Id), changes.Messages.Select(m => m.ProviderMessageId));
        var first = changes.Messages[0];
        Assert.Equal(sent.ProviderThreadId, first.ProviderThreadId);
        Assert.Equal(sent.RfcMessageId, first.InReplyTo);
        Assert.Equal("grace@prospect.example", first.From.Address);
        Assert.Contains("Tuesday works", first.TextBody, StringComparison.Ordinal);
        Assert.True(first.Headers.ContainsKey("message-id"));
        Assert.Equal(_server.CurrentHistoryId.ToString(System.Globalization.CultureInfo.InvariantCulture), changes.NextCursor);
        var history = _server.RequestsFor("users.history.list");
        Assert.True(history.Count >= 3);
        Assert.All(history.TakeLast(3), r => Assert.Equal(["messageAdded"], r.Query["historyTypes"]));
        Assert.Contains(history, r => r.Query.TryGetValue("pageToken", out var token) && token[0] == "2");

        var nothingNew = await mailbox.GetChangesAsync(account.Id, changes.NextCursor);
        Assert.Empty(nothingNew.Messages);
    }

    [Fact]
    public async Task GetChangesAsync_CursorTooOld_ReturnsBoundedResyncFlagged()
    {
        await using var host = GoogleTestHost.Create(_server, configure: o => o.ResyncMaxMessages = 3);
        var account = await host.SeedAccountAsync(_server);
        var mailbox = host.Get<IMailbox>();
        var oldCursor = (await mailbox.GetChangesAsync(account.Id, null)).NextCursor;
        var now = host.Get<TimeProvider>().GetUtcNow().ToUnixTimeMilliseconds();
        var recent = Enumerable.Range(1, 4).Select(i => _server.Deliver(GmailTestData.Reply("Hello", $"Recent {i}"), internalDateMs: now - (i * 60_000))).ToList();
        _server.ExpireHistoryBefore(_server.CurrentHistoryId);

        var changes = await mailbox.GetChangesAsync(account.Id, oldCursor);

        Assert.True(changes.IsFullResync);
        Assert.Equal(3, changes.Messages.Count);
        Assert.Equal(recent.Take(3).Select(r => r.Id).Reverse(), changes.Messages.Select(m => m.ProviderMessageId));
        Assert.Equal(_server.CurrentHistoryId.ToString(System.Globalization.CultureInfo.InvariantCulture), changes.NextCursor);
        Assert.StartsWith("after:", _server.RequestsFor("users.messages.list")[^1].Query["q"][0], StringComparison.Ordinal);

        var next = await mailbox.GetChangesAsync(account.Id, changes.NextCursor);
        Assert.False(next.IsFullResync);
        Assert.Empty(next.Messages);
    }
}
